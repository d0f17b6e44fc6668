import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import type { Booking } from "@/lib/imin/order-types";
import { VENUE_TIME_ZONE, venueDateTime } from "@/lib/time/venue-time";

/**
 * iCalendar for bookings: times written as the venue's wall clock with TZID Europe/London (plus the
 * zone's definition, so every client agrees on daylight saving), UIDs that never change for a
 * booking, and cancelled bookings kept with STATUS:CANCELLED so calendars remove them.
 */

/** UK rules since 1996: BST from the last Sunday of March 01:00 UTC to the last Sunday of October. */
const EUROPE_LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/London",
  "X-LIC-LOCATION:Europe/London",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** The words of calendar entries, in the customer's language (lib/calendar/feed.ts `calendarOptions`). */
export interface CalendarWords {
  /** The language tag of the entries (PRODID), "EN" or "CY". */
  language: string;
  calendarName: string;
  cancelledByOrganiser: string;
  cancelledByYou: string;
  summaryCancelled(title: string): string;
  organiser(name: string): string;
  ticket(name: string): string;
  attendee(name: string): string;
  manage(url: string): string;
}

/** The catalogue's English (messages/en.json `calendar`), for callers that name no language (tests, tools). */
const englishWords = (brokerName: string): CalendarWords => ({
  language: "EN",
  calendarName: `${brokerName} bookings`,
  cancelledByOrganiser: "Cancelled by the organiser.",
  cancelledByYou: "You cancelled this booking.",
  summaryCancelled: (title) => `Cancelled: ${title}`,
  organiser: (name) => `Organiser: ${name}`,
  ticket: (name) => `Ticket: ${name}`,
  attendee: (name) => `Attendee: ${name}`,
  manage: (url) => `Manage this booking: ${url}`,
});

interface CalendarOptions {
  /** The broker's name: PRODID. */
  brokerName: string;
  /** The entries' words (default English). */
  words?: CalendarWords;
  /** Host used in UIDs, e.g. the portal's hostname. Stable per deployment. */
  uidDomain: string;
  /** Portal base URL for the link back to the bookings page. */
  portalUrl?: string;
  /** Generation time (DTSTAMP); defaults to now. */
  now?: Date;
  /** "PUBLISH" for a single download. */
  method?: "publish";
}

/** A UID that stays the same for a booking across downloads and feed refreshes. */
export function bookingUid(booking: Pick<Booking, "identifier" | "orderId">, uidDomain: string): string {
  const raw = `${booking.orderId ?? "order"}-${booking.identifier}`;
  return `${raw.replace(/[^A-Za-z0-9._-]/g, "_")}@${uidDomain}`;
}

function isCancelled(booking: Booking): boolean {
  return booking.status === "customer-cancelled" || booking.status === "seller-cancelled" || booking.eventCancelled;
}

function describe(booking: Booking, words: CalendarWords, portalUrl?: string): string {
  const lines: string[] = [];
  if (booking.status === "seller-cancelled" || booking.eventCancelled) {
    lines.push(`${words.cancelledByOrganiser}${booking.cancellationMessage ? ` ${booking.cancellationMessage}` : ""}`);
  } else if (booking.status === "customer-cancelled") {
    lines.push(words.cancelledByYou);
  }
  if (booking.organizer) lines.push(words.organiser(booking.organizer));
  if (booking.ticketName) lines.push(words.ticket(booking.ticketName));
  if (booking.attendee) lines.push(words.attendee(booking.attendee.name));
  for (const code of booking.accessCodes) lines.push(`${code.label}: ${code.code}`);
  if (portalUrl) lines.push(words.manage(`${portalUrl}/bookings`));
  return lines.join("\n");
}

function buildCalendar(bookings: Booking[], options: CalendarOptions): ICalCalendar {
  const words = options.words ?? englishWords(options.brokerName);
  const calendar = ical({
    name: words.calendarName,
    prodId: { company: options.brokerName, product: "customer-portal", language: words.language },
    method: options.method === "publish" ? ICalCalendarMethod.PUBLISH : undefined,
    timezone: { name: null, generator: (tz) => (tz === VENUE_TIME_ZONE ? EUROPE_LONDON_VTIMEZONE : null) },
    ttl: 60 * 60,
  });
  const stamp = options.now ?? new Date();
  for (const booking of bookings) {
    if (!booking.startDate) continue;
    const startMs = Date.parse(booking.startDate);
    if (!Number.isFinite(startMs)) continue;
    const endParsed = booking.endDate ? Date.parse(booking.endDate) : NaN;
    const endMs = Number.isFinite(endParsed) && endParsed > startMs ? endParsed : startMs + (booking.durationMinutes ?? 60) * 60_000;
    const cancelled = isCancelled(booking);
    calendar.createEvent({
      id: bookingUid(booking, options.uidDomain),
      // TZDates: ical-generator writes their venue wall clock under TZID, whatever the server's zone.
      start: venueDateTime(startMs),
      end: venueDateTime(endMs),
      timezone: VENUE_TIME_ZONE,
      stamp,
      // Bumped when the booking is cancelled so clients accept the change.
      sequence: cancelled ? 1 : 0,
      summary: ((title) => (cancelled ? words.summaryCancelled(title) : title))(
        `${booking.title}${booking.attendee ? ` (${booking.attendee.name})` : ""}`,
      ),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      location: booking.venue ? [booking.venue.name, ...booking.venue.addressLines].filter(Boolean).join(", ") : null,
      description: describe(booking, words, options.portalUrl) || null,
      url: options.portalUrl ? `${options.portalUrl}/bookings` : null,
    });
  }
  return calendar;
}

export function calendarText(bookings: Booking[], options: CalendarOptions): string {
  return buildCalendar(bookings, options).toString();
}
