import Link from "next/link";
import { useTranslations } from "next-intl";
import { PassCode } from "@/components/pass/desk-codes";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { formatListDateTime, formatLongDateTime, zoneNote } from "@/lib/format";
import type { Booking } from "@/lib/imin/order-types";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { OfflinePass } from "@/lib/pwa/offline-pack-types";

const card = "rounded-lg border border-gray-300 bg-surface p-4 sm:p-5";
const sectionHeading = "mb-3 text-lg font-bold";

function deskHref(b: Booking) {
  return b.orderId ? `/pass/booking/${encodeURIComponent(b.orderId)}/${encodeURIComponent(b.identifier)}` : undefined;
}

/** The next booking: when and where, whose, its code, and the desk view one tap away. */
export function NextBooking({ booking }: { booking: Booking | null }) {
  const t = useTranslations("home");
  const locale = useIntlLocale();
  if (!booking) {
    return (
      <div className={card}>
        <p className="font-semibold">{t("next.none")}</p>
        <p className="mt-1 text-sm text-gray-700">{t("next.noneHint")}</p>
        <LinkButton href="/book" className="mt-4">
          {t("findSession")}
        </LinkButton>
      </div>
    );
  }
  const desk = deskHref(booking);
  const code = booking.accessCodes[0];
  return (
    <div className={card} data-testid="next-booking">
      <p className="text-xl font-bold">{booking.title}</p>
      <p className="mt-1">
        <time dateTime={booking.startDate}>{formatLongDateTime(booking.startDate, booking.timeZone, locale)}</time>
        <span className="block text-sm text-gray-700">{zoneNote(booking.startDate, booking.timeZone, locale)}</span>
      </p>
      {booking.venue?.name || booking.court ? (
        <p className="mt-1 text-sm">{[booking.court, booking.venue?.name].filter(Boolean).join(", ")}</p>
      ) : null}
      {booking.attendee ? <p className="mt-1 text-sm">{t("next.for", { name: booking.attendee.name })}</p> : null}
      {code ? (
        <p className="mt-3 text-sm">
          {code.label}:{" "}
          <span className="font-mono text-lg font-semibold tracking-wider" data-testid="next-booking-code">
            {code.code}
          </span>
        </p>
      ) : (
        <p className="mt-3 text-sm text-gray-700">{t("next.noCode")}</p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {desk && code ? <LinkButton href={desk}>{t("showAtDesk")}</LinkButton> : null}
        <LinkButton href="/bookings" variant="secondary">
          {t("next.allBookings")}
        </LinkButton>
      </div>
    </div>
  );
}

/** The membership passes as the desk scans them, each one tap from full screen. */
export function Passes({ passes, membershipsLabel }: { passes: OfflinePass[]; membershipsLabel: string }) {
  const t = useTranslations("home");
  if (passes.length === 0) {
    return (
      <div className={card}>
        <p className="font-semibold">{t("pass.none")}</p>
        <p className="mt-1 text-sm text-gray-700">{t("pass.noneHint")}</p>
        <LinkButton href="/sellers" variant="secondary" className="mt-4">
          {membershipsLabel}
        </LinkButton>
      </div>
    );
  }
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {passes.map((p) => (
        <li key={p.sellerId} className={`${card} min-w-0`} data-testid="home-pass">
          <p className="mb-2 font-semibold">{p.sellerName}</p>
          <PassCode sellerName={p.sellerName} number={p.number} barcodeSvg={p.barcodeSvg} layout="inline" />
          <LinkButton href={`/pass/${encodeURIComponent(p.sellerId)}`} variant="secondary" className="mt-3">
            {t("showAtDesk")}
            <span className="sr-only">: {t("pass.named", { seller: p.sellerName })}</span>
          </LinkButton>
        </li>
      ))}
    </ul>
  );
}

/** Classes booked before, each straight to its next session ("Book again"), and the timetable. */
export function BookAgain({ bookings }: { bookings: Booking[] }) {
  const t = useTranslations("home");
  const locale = useIntlLocale();
  return (
    <div className="flex flex-col gap-3">
      {bookings.length > 0 ? (
        <ul className="grid gap-3 md:grid-cols-3">
          {bookings.map((b) => (
            <li key={b.identifier}>
              <Link
                href={`/bookings/again/${encodeURIComponent(b.orderId!)}/${encodeURIComponent(b.identifier)}`}
                prefetch={false}
                className="flex min-h-14 flex-col justify-center rounded-lg border border-gray-300 bg-surface p-3 font-semibold text-link hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline"
              >
                <span>{t("again.bookTitle", { title: b.title })}</span>
                <span className="text-sm font-normal text-ink">
                  {[
                    b.venue?.name,
                    b.startDate && Date.parse(b.startDate) <= Date.now()
                      ? t("again.last", { date: formatListDateTime(b.startDate, b.timeZone, locale) })
                      : t("again.cancelled"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <LinkButton href="/book">{t("findSession")}</LinkButton>
        <LinkButton href="/book?tab=courts" variant="secondary">
          {t("again.bookCourt")}
        </LinkButton>
      </div>
    </div>
  );
}

export function ReadFailed({ message }: { message: string }) {
  const t = useTranslations("common");
  return (
    <Alert tone="warning">
      {message}{" "}
      <a href="/" className="underline">
        {t("tryAgain")}
      </a>
    </Alert>
  );
}

export { sectionHeading };
