import { Fragment } from "react";
import { formatDateTimeRange } from "@/lib/format";
import type { Booking } from "@/lib/imin/order-types";

const dt = "font-medium text-gray-700";

/**
 * What a list card needs at a glance: when, which venue, the court and the access codes for the
 * desk. The address, map, ticket, organiser and attendee rows are on the booking's order page
 * (linked from the card), which keeps the ten-card page small to send, parse and hydrate.
 */
export function BookingSummary({ booking }: { booking: Booking }) {
  const where = booking.venue?.name ?? booking.venue?.addressLines[0];
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className={dt}>When</dt>
      <dd>
        <time dateTime={booking.startDate}>{formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone)}</time>
        <span className="sr-only"> (venue local time)</span>
      </dd>
      {where ? (
        <>
          <dt className={dt}>Where</dt>
          <dd>{where}</dd>
        </>
      ) : null}
      {booking.court ? (
        <>
          <dt className={dt}>Court</dt>
          <dd>{booking.court}</dd>
        </>
      ) : null}
      {booking.accessCodes.map((code, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: access codes have no id and the same code may appear twice.
        <Fragment key={i}>
          <dt className={dt}>{code.label}</dt>
          <dd>
            <code className="rounded bg-gray-100 px-1.5 py-0.5 font-mono text-base tracking-wider">{code.code}</code>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
