import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTimeRange } from "@/lib/format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import type { Booking } from "@/lib/imin/order-types";
import { BookingDetails } from "@/app/(app)/_components/booking-details";
import { BookingNotice } from "@/app/(app)/_components/booking-notice";
import { BookAgainLink } from "@/app/(app)/_components/book-again-link";
import { CancelBooking } from "./cancel-booking";
import { WhyNoCancel } from "./why-no-cancel";
import { BookingStatusBadge } from "@/app/(app)/_components/status-badge";

const action = "action-link text-link";

/**
 * One upcoming booking. Server-rendered; only the Cancel dialog ships JavaScript. The card keeps
 * what a person needs in the list (when, where, court, access codes, why there is no Cancel); the
 * rest of the booking's facts are one link away on its order page, so the page does not send them
 * twice (as HTML and as the RSC payload) for every card.
 */
export function BookingCard({ booking }: { booking: Booking }) {
  const calendarHref =
    booking.orderId && booking.startDate
      ? `/api/calendar/bookings/${encodeURIComponent(booking.orderId)}/${encodeURIComponent(booking.identifier)}`
      : undefined;
  const t = useTranslations("bookings.card");
  const locale = useIntlLocale();
  const forWhom = booking.attendee ? t("forAttendee", { name: booking.attendee.name }) : undefined;
  const named = forWhom ? `${booking.title} ${forWhom}` : booking.title;
  return (
    <article
      className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm"
      aria-labelledby={`booking-${booking.identifier}`}
      data-testid="booking"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`booking-${booking.identifier}`} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {booking.title}
          {forWhom ? (
            <span className="block text-base font-normal text-gray-800" data-testid="booking-attendee">
              {forWhom}
            </span>
          ) : null}
        </h3>
        <BookingStatusBadge status={booking.status} eventCancelled={booking.eventCancelled} />
      </div>
      {booking.activities.length > 0 && booking.activities[0] !== booking.title ? (
        <p className="text-sm text-gray-700">{booking.activities.join(", ")}</p>
      ) : null}
      {/* Without an order to link to, the card itself holds every fact. */}
      <BookingDetails booking={booking} brief={Boolean(booking.orderId)} />
      <BookingNotice booking={booking} />
      <WhyNoCancel booking={booking} />
      <BookAgainLink booking={booking} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {calendarHref && booking.status === "confirmed" && !booking.eventCancelled ? (
          <a href={calendarHref} download className={action}>
            {t("addToCalendar")}
            <span className="sr-only">: {named}</span>
          </a>
        ) : null}
        {booking.orderId && booking.accessCodes.length > 0 && booking.status === "confirmed" ? (
          <Link
            href={`/pass/booking/${encodeURIComponent(booking.orderId)}/${encodeURIComponent(booking.identifier)}`}
            prefetch={false}
            className={action}
          >
            {t("showAtDesk")}
            <span className="sr-only">: {named}</span>
          </Link>
        ) : null}
        {booking.orderId ? (
          <Link href={`/orders/${encodeURIComponent(booking.orderId)}`} prefetch={false} className={action}>
            {t("details")}
            <span className="sr-only">: {named}</span>
          </Link>
        ) : null}
        {booking.cancellable ? (
          <CancelBooking
            itemId={booking.id}
            headingId={`booking-${booking.identifier}`}
            title={named}
            when={formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone, locale)}
          />
        ) : null}
      </div>
    </article>
  );
}
