import { useTranslations } from "next-intl";
import { formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Booking } from "@/lib/imin/order-types";

/**
 * What was booked, where and when. Every row collapses when imin leaves its field out, so a sparse
 * booking still reads well. `brief` (a list card that links to the order page): when, the venue's
 * name, court and access codes only; the address, map, ticket, organiser and attendee stay on the
 * order page, so a page of cards does not send them twice (as HTML and as the RSC payload).
 */
export function BookingDetails({ booking, brief = false }: { booking: Booking; brief?: boolean }) {
  const t = useTranslations("common.booking");
  const locale = useIntlLocale();
  const duration = booking.durationMinutes ? formatDuration(`PT${booking.durationMinutes}M`, undefined, locale) : "";
  const price = booking.price ? formatPrice(booking.price.amount, booking.price.currency, locale) : "";
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium text-gray-700">{t("when")}</dt>
      <dd>
        <time dateTime={booking.startDate}>{formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone, locale)}</time>
        {duration ? <span className="text-gray-700"> · {duration}</span> : null}
        <span className="sr-only"> ({t("venueTime")})</span>
      </dd>
      {booking.venue ? (
        <>
          <dt className="font-medium text-gray-700">{t("where")}</dt>
          {brief ? (
            <dd>{booking.venue.name ?? booking.venue.addressLines[0]}</dd>
          ) : (
            <dd>
              {booking.venue.name ? <span className="font-medium">{booking.venue.name}</span> : null}
              {booking.venue.addressLines.length > 0 ? (
                <address className="not-italic text-gray-800">{booking.venue.addressLines.join(", ")}</address>
              ) : null}
              {booking.venue.mapUrl ? (
                <a href={booking.venue.mapUrl} target="_blank" rel="noopener noreferrer" className="text-link underline underline-offset-2">
                  {t("viewMap")}
                  <span className="sr-only"> {booking.venue.name ? t("mapOf", { venue: booking.venue.name }) : t("mapOfVenue")}</span>
                </a>
              ) : null}
            </dd>
          )}
        </>
      ) : null}
      {booking.court ? (
        <>
          <dt className="font-medium text-gray-700">{t("court")}</dt>
          <dd>{booking.court}</dd>
        </>
      ) : null}
      {!brief && (booking.ticketName || price) ? (
        <>
          <dt className="font-medium text-gray-700">{t("ticket")}</dt>
          <dd>{[booking.ticketName, price].filter(Boolean).join(" · ")}</dd>
        </>
      ) : null}
      {!brief && booking.organizer ? (
        <>
          <dt className="font-medium text-gray-700">{t("organiser")}</dt>
          <dd>{booking.organizer}</dd>
        </>
      ) : null}
      {!brief && booking.attendee ? (
        <>
          <dt className="font-medium text-gray-700">{t("attendee")}</dt>
          <dd>{booking.attendee.name}</dd>
        </>
      ) : null}
      {booking.accessCodes.map((code, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
        <div key={i} className="contents">
          <dt className="font-medium text-gray-700">{code.label}</dt>
          <dd>
            <code className="rounded bg-gray-100 px-1.5 py-0.5 font-mono text-base tracking-wider">{code.code}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
