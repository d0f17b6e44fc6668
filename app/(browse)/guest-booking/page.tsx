import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTimeRange } from "@/lib/format";
import { getPublicSessionDetail } from "./data";

// no-referrer: the guest's address is in this page's query.
export const metadata: Metadata = { title: "Booked as a guest", referrer: "no-referrer", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const REFERENCE = /^[A-Za-z0-9-]{1,40}$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * Where imin's guest checkout (GUEST_CHECKOUT) sends a guest back: the booking was made there (imin
 * mails the confirmation), and an account is offered, its address prefilled when imin returned it.
 * The query is the guest's browser's word only, so the page states nothing it could not back: it
 * shows a reference and an address only in their plain shapes, and never reads a booking.
 */
export default async function GuestBookingPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const sessionId = one(params.session);
  const reference = one(params.orderNumber);
  const rawEmail = one(params.email);
  const email = rawEmail && rawEmail.length <= 254 && EMAIL.test(rawEmail) ? rawEmail : undefined;
  const [user, detail] = await Promise.all([
    getCurrentUser(),
    sessionId && sessionId.length <= 500 ? getPublicSessionDetail(sessionId).catch(() => null) : null,
  ]);
  const back = detail ? `/book/${encodeURIComponent(detail.sessionId)}` : "/book";
  const signUp = new URLSearchParams({ callbackUrl: back, ...(email ? { email } : {}) });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Thanks for booking</h1>
      <Alert tone="success" title="Your booking was made on our booking partner's checkout">
        <p data-testid="guest-booking-made">
          {detail ? (
            <>
              {detail.name}, {formatDateTimeRange(detail.startDate, detail.endDate)}.{" "}
            </>
          ) : null}
          {reference && REFERENCE.test(reference) ? <>Reference {reference}. </> : null}
          The confirmation was emailed{email ? ` to ${email}` : ""}.
        </p>
      </Alert>
      {user ? null : (
        <section aria-labelledby="account-offer" className="rounded-lg border border-gray-300 bg-white p-4">
          <h2 id="account-offer" className="text-lg font-semibold">
            Create an account for next time
          </h2>
          <p className="mt-1 text-sm text-gray-800">
            With an account you book in a few taps, see member prices from the clubs and centres you belong to, and can add your family.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <LinkButton href={`/sign-up?${signUp}`} data-testid="guest-sign-up">
              Create an account
            </LinkButton>
            <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} variant="secondary">
              Sign in
            </LinkButton>
          </div>
        </section>
      )}
      <p className="text-sm">
        <Link href={back} className="text-link underline underline-offset-4">
          {detail ? "Back to the session" : "Find another session"}
        </Link>
      </p>
    </div>
  );
}
