import type { Booking } from "@/lib/imin/order-types";
import { formatDateTime, formatDateTimeRange } from "@/lib/format/date";
import { intlLocale, type Locale } from "@/lib/i18n/locales";

/** What every mail about one booking says: to whom, what, when (in the mail's language) and who runs it. */
export function bookingMailFacts(user: { givenName: string | null }, booking: Booking, locale: Locale) {
  return { name: user.givenName ?? undefined, title: booking.title, when: bookingWhen(booking, locale), organizer: booking.organizer };
}

/** "Tue 24 Nov 2026, 18:00–19:00 GMT" ("Maw 24 Tach 2026, …" in Welsh), in the venue's time with its zone. */
function bookingWhen(booking: Booking, locale: Locale): string {
  return formatDateTimeRange(booking.startDate, booking.endDate, booking.timeZone, intlLocale(locale));
}

export function venueWords(booking: Booking): string | undefined {
  if (!booking.venue) return undefined;
  return [booking.venue.name, ...booking.venue.addressLines].filter(Boolean).join(", ") || undefined;
}

/**
 * When online cancelling closes, in the venue's time: the start less the offer's
 * `latestCancellationBeforeStartDate`. Undefined when the booking cannot be cancelled now, has no
 * window (cancellable until it starts) or no readable start.
 */
export function cancelUntil(booking: Booking, locale: Locale = "en"): string | undefined {
  if (!booking.cancellable || booking.cancellationWindowMinutes === undefined || !booking.startDate) return undefined;
  const start = Date.parse(booking.startDate);
  if (!Number.isFinite(start)) return undefined;
  return formatDateTime(new Date(start - booking.cancellationWindowMinutes * 60_000).toISOString(), booking.timeZone, intlLocale(locale));
}
