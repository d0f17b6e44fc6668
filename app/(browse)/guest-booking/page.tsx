import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTimeRange } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { getPublicSessionDetail } from "./data";

// no-referrer: the guest's address is in this page's query.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("book.guest"))("title"), referrer: "no-referrer", robots: { index: false } };
}

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
  const [user, detail, t, locale] = await Promise.all([
    getCurrentUser(),
    sessionId && sessionId.length <= 500 ? getPublicSessionDetail(sessionId).catch(() => null) : null,
    getTranslations(),
    getLocale(),
  ]);
  const back = detail ? `/book/${encodeURIComponent(detail.sessionId)}` : "/book";
  const signUp = new URLSearchParams({ callbackUrl: back, ...(email ? { email } : {}) });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("book.guest.heading")}</h1>
      <Alert tone="success" title={t("book.guest.madeOnPartner")}>
        <p data-testid="guest-booking-made">
          {detail ? (
            <>
              {detail.name}, {formatDateTimeRange(detail.startDate, detail.endDate, undefined, intlLocale(locale))}.{" "}
            </>
          ) : null}
          {reference && REFERENCE.test(reference) ? <>{t("book.guest.reference", { reference })} </> : null}
          {email ? t("book.guest.emailedTo", { email }) : t("book.guest.emailed")}
        </p>
      </Alert>
      {user ? null : (
        <section aria-labelledby="account-offer" className="rounded-lg border border-gray-300 bg-white p-4">
          <h2 id="account-offer" className="text-lg font-semibold">
            {t("book.guest.offerHeading")}
          </h2>
          <p className="mt-1 text-sm text-gray-800">{t("book.guest.offerBody")}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <LinkButton href={`/sign-up?${signUp}`} data-testid="guest-sign-up">
              {t("common.createAccount")}
            </LinkButton>
            <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} variant="secondary">
              {t("common.signIn")}
            </LinkButton>
          </div>
        </section>
      )}
      <p className="text-sm">
        <Link href={back} className="text-link underline underline-offset-4">
          {detail ? t("book.guest.backToSession") : t("book.guest.findAnother")}
        </Link>
      </p>
    </div>
  );
}
