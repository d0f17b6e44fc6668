import type { Booking } from "@/lib/imin/order-types";
import { formatDateTimeRange } from "@/lib/format/date";

/** "Tue 24 Nov 2026, 18:00–19:00 GMT", in the venue's time with its zone. */
export function bookingWhen(booking: Booking): string {
  return formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone);
}

export function venueWords(booking: Booking): string | undefined {
  if (!booking.venue) return undefined;
  return [booking.venue.name, ...booking.venue.addressLines].filter(Boolean).join(", ") || undefined;
}
