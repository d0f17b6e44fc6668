import { useTranslations } from "next-intl";
import { buttonClass, LinkButton } from "@/components/ui/button";

/** A visitor's Book in the price bar: to the choice below (plain links, so it works without JavaScript). */
export function VisitorBookLink() {
  const t = useTranslations("session");
  return (
    <a href="#book-choice" aria-label={t("visitor.bookLabel")} className={buttonClass("primary", "min-h-11 px-6 text-base")}>
      {t("bar.book")}
    </a>
  );
}

/** The line under a price a visitor sees: what a customer with memberships might pay is only known once signed in. */
export function MemberPricesNote() {
  const t = useTranslations("session");
  return (
    <span className="block text-sm font-normal text-gray-700" data-testid="member-prices-note">
      {t("memberPricesNote")}
    </span>
  );
}

/**
 * How a visitor books: create an account (the prominent way) or sign in, each coming back to this
 * page (`back`, a path); with guest checkout on, imin's checkout for this session as a guest.
 */
export function VisitorBookChoice({ back, guestCheckoutUrl }: { back: string; guestCheckoutUrl?: string }) {
  const t = useTranslations("session.visitor");
  const callback = encodeURIComponent(back);
  return (
    <section
      id="book-choice"
      aria-labelledby="book-choice-heading"
      className="mt-6 scroll-mt-4 rounded-lg border border-gray-300 bg-white p-4"
    >
      <h2 id="book-choice-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-gray-800">{t("comeBack")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <LinkButton href={`/sign-up?callbackUrl=${callback}`} className="min-h-11 px-6 text-base" data-testid="visitor-sign-up">
          {t("signUp")}
        </LinkButton>
        <LinkButton href={`/sign-in?callbackUrl=${callback}`} variant="secondary" className="min-h-11" data-testid="visitor-sign-in">
          {t("signIn")}
        </LinkButton>
      </div>
      {guestCheckoutUrl ? (
        <p className="mt-4 text-sm">
          {t.rich("guest", {
            link: (chunks) => (
              <a href={guestCheckoutUrl} className="font-semibold text-link underline underline-offset-4" data-testid="guest-checkout">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
    </section>
  );
}
