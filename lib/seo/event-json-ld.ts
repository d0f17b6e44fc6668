import type { SessionDetail } from "@/lib/imin/event-mapping";
import { httpUrl } from "@/lib/security/safe-url";
import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

/**
 * schema.org `Event` JSON-LD for a session page, built from the OpenActive data imin gives for
 * everyone (the public read: never a customer's entitlement price). Shaped for Google's Event rich
 * results: name, startDate and location are required, the rest recommended. Pure.
 */

const SCHEMA = "https://schema.org/";
const EVENT_STATUSES = new Set(["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"]);

/** OpenActive's eventStatus (a schema.org URL, http or https, or a bare name) as schema.org's https URL; absent: scheduled. */
export function eventStatusUrl(status: string | undefined): string {
  const name = status?.trim().split("/").pop();
  return `${SCHEMA}${name && EVENT_STATUSES.has(name) ? name : "EventScheduled"}`;
}

/** The session will not happen: the organiser cancelled it. */
export function isCancelled(status: string | undefined): boolean {
  return eventStatusUrl(status) === `${SCHEMA}EventCancelled`;
}

/** An instant as the venue's local date and time with its UTC offset: "2026-07-01T18:00:00+01:00". */
export function isoWithOffset(iso: string, timeZone = VENUE_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  const offset = (p.timeZoneName ?? "GMT").replace(/^GMT/, "") || "+00:00";
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

function availability(detail: SessionDetail): string {
  if (isCancelled(detail.eventStatus)) return `${SCHEMA}Discontinued`;
  if (detail.remaining !== undefined && detail.remaining <= 0) return `${SCHEMA}SoldOut`;
  // Space left, but not bookable online: the venue takes the booking.
  if (!detail.bookable) return `${SCHEMA}InStoreOnly`;
  if (detail.remaining !== undefined && detail.remaining <= 3) return `${SCHEMA}LimitedAvailability`;
  return `${SCHEMA}InStock`;
}

const withoutEmpty = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as T;

export interface EventJsonLdOptions {
  /** The page's canonical URL (absolute). */
  url: string;
  /** The description when the series has none (the page's meta description). */
  fallbackDescription: string;
}

/** The Event, or undefined when the session has no venue (Google requires a location). */
export function sessionEventJsonLd(detail: SessionDetail, opts: EventJsonLdOptions): Record<string, unknown> | undefined {
  const venue = detail.venue;
  if (!venue?.name && !venue?.address) return undefined;
  const address = venue.postalAddress;
  const hasGeo = Number.isFinite(venue.latitude) && Number.isFinite(venue.longitude);
  const offers = detail.offers
    .filter((o) => o.price !== undefined && Number.isFinite(o.price))
    .map((o) =>
      withoutEmpty({
        "@type": "Offer",
        name: o.name,
        price: o.price!.toFixed(2),
        priceCurrency: o.currency.trim().toUpperCase(),
        availability: availability(detail),
        url: opts.url,
      }),
    );
  // imin's own image when the series has one (the share image's URL carries a build hash, so it is left to og:image).
  const image = httpUrl(detail.image);
  const organizerUrl = httpUrl(detail.seller?.url);
  return withoutEmpty({
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": `${opts.url}#event`,
    name: detail.name,
    description: detail.description?.trim() || opts.fallbackDescription,
    url: opts.url,
    startDate: isoWithOffset(detail.startDate),
    endDate: detail.endDate ? isoWithOffset(detail.endDate) : undefined,
    eventStatus: eventStatusUrl(detail.eventStatus),
    // Every session imin lists is held at a venue.
    eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
    location: withoutEmpty({
      "@type": "Place",
      name: venue.name || venue.address,
      address: withoutEmpty({
        "@type": "PostalAddress",
        streetAddress: address?.streetAddress,
        addressLocality: address?.addressLocality,
        addressRegion: address?.addressRegion,
        postalCode: address?.postalCode,
        addressCountry: address?.addressCountry,
        // A venue without parts still says where it is.
        ...(address ? {} : { name: venue.address }),
      }),
      geo: hasGeo ? { "@type": "GeoCoordinates", latitude: venue.latitude, longitude: venue.longitude } : undefined,
      telephone: venue.telephone,
    }),
    image: image ? [image] : undefined,
    offers: offers.length > 0 ? offers : undefined,
    organizer: detail.seller?.name ? withoutEmpty({ "@type": "Organization", name: detail.seller.name, url: organizerUrl }) : undefined,
    typicalAgeRange:
      detail.ageMin !== undefined || detail.ageMax !== undefined ? `${detail.ageMin ?? 0}-${detail.ageMax ?? ""}` : undefined,
  });
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` (and `>`, `&`, the two line
 * separators) escaped, so nothing in imin's text can close the script element or open a comment.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
