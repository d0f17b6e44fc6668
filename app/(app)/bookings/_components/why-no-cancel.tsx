import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Booking } from "@/lib/imin/order-types";
import { cancelWindowParts } from "@/lib/imin/cancel-window";

/**
 * Why a confirmed booking shows no Cancel: the offer's cancellation window and when it closed, or
 * that online cancellation is not offered; then who can help.
 */
export function WhyNoCancel({ booking, now = Date.now() }: { booking: Booking; now?: number }) {
  const t = useTranslations("bookings.whyNoCancel");
  const locale = useIntlLocale();
  if (booking.cancellable || booking.status !== "confirmed" || booking.eventCancelled || !booking.startDate) return null;
  const start = Date.parse(booking.startDate);
  if (!Number.isFinite(start) || start <= now) return null;
  const window = booking.cancellationWindowMinutes;
  const closesAt = window === undefined ? undefined : new Date(start - window * 60_000).toISOString();
  const contact = booking.organizerContact;
  const at = formatDateTime(closesAt, booking.timeZone, locale);
  const time = (chunks: ReactNode) => <time dateTime={closesAt}>{chunks}</time>;
  const reason =
    closesAt && Date.parse(closesAt) <= now
      ? window
        ? t.rich("closed", { window: t("window", cancelWindowParts(window)), at, time })
        : t.rich("closedAtStart", { at, time })
      : closesAt
        ? t("notNow")
        : t("notOffered");
  const who = booking.organizer ? t("contact", { who: booking.organizer }) : t("contactOrganiser");
  return (
    <div className="mt-3 rounded-md border border-notice-line bg-notice p-3 text-sm text-on-notice" data-testid="why-no-cancel">
      <p>
        {reason} {who}
        {contact ? ":" : "."}
      </p>
      {contact ? (
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {contact.telephone ? (
            <li>
              <a
                className="inline-flex min-h-11 items-center text-link underline underline-offset-2"
                href={`tel:${contact.telephone.replace(/[^\d+]/g, "")}`}
              >
                {contact.telephone}
              </a>
            </li>
          ) : null}
          {contact.email ? (
            <li>
              <a
                className="inline-flex min-h-11 items-center break-all text-link underline underline-offset-2"
                href={`mailto:${contact.email}`}
              >
                {contact.email}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
