import { formatDateTime } from "@/lib/format";
import type { Booking } from "@/lib/imin/order-types";
import { cancelWindowText } from "@/lib/imin/cancel-window";

/**
 * Why a confirmed booking shows no Cancel: the offer's cancellation window and when it closed, or
 * that online cancellation is not offered; then who can help.
 */
export function WhyNoCancel({ booking, now = Date.now() }: { booking: Booking; now?: number }) {
  if (booking.cancellable || booking.status !== "confirmed" || booking.eventCancelled || !booking.startDate) return null;
  const start = Date.parse(booking.startDate);
  if (!Number.isFinite(start) || start <= now) return null;
  const window = booking.cancellationWindowMinutes;
  const closesAt = window === undefined ? undefined : new Date(start - window * 60_000).toISOString();
  const contact = booking.organizerContact;
  const who = booking.organizer ?? "the organiser";
  return (
    <div className="mt-3 rounded-md border border-notice-line bg-notice p-3 text-sm text-on-notice" data-testid="why-no-cancel">
      <p>
        {closesAt && Date.parse(closesAt) <= now ? (
          <>
            Online cancellation closed {cancelWindowText(window!)} before the start, at{" "}
            <time dateTime={closesAt}>{formatDateTime(closesAt, booking.timeZone)}</time>.
          </>
        ) : closesAt ? (
          <>Online cancellation is not available for this booking at the moment.</>
        ) : (
          <>Online cancellation is not offered for this booking.</>
        )}{" "}
        {contact ? `To change or cancel it, contact ${who}:` : `To change or cancel it, contact ${who}.`}
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
