import { buttonClass, LinkButton } from "@/components/ui/button";

/** A visitor's Book in the price bar: to the choice below (plain links, so it works without JavaScript). */
export function VisitorBookLink() {
  return (
    <a href="#book-choice" aria-label="Book: create an account or sign in" className={buttonClass("primary", "min-h-11 px-6 text-base")}>
      Book
    </a>
  );
}

/** The line under a price a visitor sees: what a customer with memberships might pay is only known once signed in. */
export function MemberPricesNote() {
  return (
    <span className="block text-sm font-normal text-gray-700" data-testid="member-prices-note">
      Member prices after you sign in
    </span>
  );
}

/**
 * How a visitor books: create an account (the prominent way) or sign in, each coming back to this
 * page (`back`, a path); with guest checkout on, imin's checkout for this session as a guest.
 */
export function VisitorBookChoice({ back, guestCheckoutUrl }: { back: string; guestCheckoutUrl?: string }) {
  const callback = encodeURIComponent(back);
  return (
    <section
      id="book-choice"
      aria-labelledby="book-choice-heading"
      className="mt-6 scroll-mt-4 rounded-lg border border-gray-300 bg-white p-4"
    >
      <h2 id="book-choice-heading" className="text-lg font-semibold">
        To book, create an account or sign in
      </h2>
      <p className="mt-1 text-sm text-gray-800">You come back to this page afterwards, with your member prices if you have any.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <LinkButton href={`/sign-up?callbackUrl=${callback}`} className="min-h-11 px-6 text-base" data-testid="visitor-sign-up">
          Create an account and book
        </LinkButton>
        <LinkButton href={`/sign-in?callbackUrl=${callback}`} variant="secondary" className="min-h-11" data-testid="visitor-sign-in">
          Sign in to book
        </LinkButton>
      </div>
      {guestCheckoutUrl ? (
        <p className="mt-4 text-sm">
          Or{" "}
          <a href={guestCheckoutUrl} className="font-semibold text-link underline underline-offset-4" data-testid="guest-checkout">
            book as a guest
          </a>{" "}
          on our booking partner's checkout, without an account.
        </p>
      ) : null}
    </section>
  );
}
