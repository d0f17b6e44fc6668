import type { z } from "zod";
import type { SearchResults, SessionSummary, UnbookableKind } from "@/lib/book/search-state";
import { durationMinutes } from "@/lib/facilities/time-labels";
import { mapLink } from "@/lib/format/map-link";
import { type AttributionIndex, attributionOf, type Attribution } from "./attribution";
import type { OfferView } from "./offer-view";
import type { placesCollection, ScheduledSessionDetailPayload, searchResultsCollection } from "./schemas";

/** Events API payloads mapped to what /book shows. Pure. */

/** The id a session is addressed by in portal URLs: the last path segment of its Events API id. */
export function sessionRouteId(session: { id?: string; identifier?: string }): string | undefined {
  const source = session.id ?? session.identifier;
  if (!source) return undefined;
  const last = source.replace(/\/+$/, "").split("/").pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

type SearchPayload = z.output<typeof searchResultsCollection>;
type Session = SearchPayload["imin:item"][number]["subEvent"][number]["subEvent"][number];

/** Why a session without `imin:checkoutUrlTemplate` cannot be booked, in the customer's words. */
function unbookableReason(s: Pick<Session, "eventStatus" | "startDate" | "remainingAttendeeCapacity">, nowMs: number): string {
  if (s.eventStatus && /cancel/i.test(s.eventStatus)) return "Cancelled by the organiser";
  if (Date.parse(s.startDate) <= nowMs) return "Already started";
  if (s.remainingAttendeeCapacity !== undefined && s.remainingAttendeeCapacity <= 0) return "Full";
  return "Not bookable online";
}

/** The same reason as a kind, for a page that words it in its own language (the timetable). */
function unbookableKind(s: Pick<Session, "eventStatus" | "startDate" | "remainingAttendeeCapacity">, nowMs: number): UnbookableKind {
  if (s.eventStatus && /cancel/i.test(s.eventStatus)) return "cancelled";
  if (Date.parse(s.startDate) <= nowMs) return "started";
  if (s.remainingAttendeeCapacity !== undefined && s.remainingAttendeeCapacity <= 0) return "full";
  return "offline";
}

export function mapSearchResults(payload: SearchPayload, page: number, nowMs: number, sources?: AttributionIndex): SearchResults {
  const items: SessionSummary[] = [];
  for (const es of payload["imin:item"]) {
    for (const ss of es.subEvent) {
      for (const s of ss.subEvent) {
        const sessionId = sessionRouteId(s);
        if (!sessionId) continue;
        const agg = ss["imin:aggregateOffer"] ?? es["imin:aggregateOffer"];
        const activities = (ss.activity.length ? ss.activity : es.activity).map((a) => a.prefLabel).filter(Boolean);
        const bookable = Boolean(s["imin:checkoutUrlTemplate"]);
        const distance = ss.location?.geo?.["imin:distanceFromGeoQueryCenter"]?.value ?? es["imin:distanceFromSearchPoint"];
        const source = attributionOf(ss["imin:dataSource"], sources);
        items.push({
          sessionId,
          identifier: s.identifier,
          name: es.name || ss.name || activities[0] || "Session",
          activity: activities.join(", "),
          venue: ss.location?.name || undefined,
          locality: ss.location?.address?.addressLocality || undefined,
          distanceKm: distance,
          startDate: s.startDate,
          endDate: s.endDate,
          adultPrice: agg?.publicAdult?.price,
          juniorPrice: agg?.publicJunior?.price,
          entitlementPrice: agg?.activeEntitlement?.price,
          entitlementIndicative: agg?.activeEntitlement?.["imin:indicativePrice"] === true || undefined,
          currency: agg?.publicAdult?.priceCurrency || agg?.publicJunior?.priceCurrency || "GBP",
          remaining: s.remainingAttendeeCapacity,
          bookable,
          reason: bookable ? undefined : unbookableReason(s, nowMs),
          unbookable: bookable ? undefined : unbookableKind(s, nowMs),
          ...(source ? { source } : {}),
        });
      }
    }
  }
  const totalPages = payload.view?.["imin:totalPages"];
  // Page defensively: imin's own example has a `next` link past the last page.
  const hasNext = Boolean(payload.view?.next) && (totalPages === undefined || page < totalPages) && items.length > 0;
  return { items, total: payload["imin:totalItems"], page, totalPages, hasNext };
}

export interface PlaceOption {
  name: string;
  locality?: string;
  latitude: number;
  longitude: number;
  eventCount?: number;
}

/** Venues with a name and a point, for the "near" picker. */
export function mapPlaces(payload: z.output<typeof placesCollection>): PlaceOption[] {
  const out: PlaceOption[] = [];
  for (const p of payload["imin:item"]) {
    if (!p.name || !p.geo) continue;
    out.push({
      name: p.name,
      locality: p.address?.addressLocality || undefined,
      latitude: p.geo.latitude,
      longitude: p.geo.longitude,
      eventCount: p["imin:eventCount"] ?? p["imin:event"]?.["imin:totalItems"],
    });
  }
  return out;
}

export interface SessionDetail {
  sessionId: string;
  type: string;
  identifier?: string;
  name: string;
  description?: string;
  activity: string;
  startDate: string;
  endDate?: string;
  remaining?: number;
  capacity?: number;
  bookable: boolean;
  /** imin's `imin:checkoutUrlTemplate` of this occurrence (guest checkout), with `{checkoutBaseUrl}` still in it. */
  checkoutUrlTemplate?: string;
  reason?: string;
  cancellationMessage?: string;
  /** OpenActive's `eventStatus` as sent (`https://schema.org/EventCancelled`…), for the Event JSON-LD. */
  eventStatus?: string;
  /** The series' first image URL, when it has one. */
  image?: string;
  seller?: { id?: string; name?: string; url?: string };
  venue?: {
    name?: string;
    address: string;
    /** The PostalAddress parts, trimmed, for the Event JSON-LD. */
    postalAddress?: PostalAddressParts;
    telephone?: string;
    latitude?: number;
    longitude?: number;
    mapUrl?: string;
  };
  ageMin?: number;
  ageMax?: number;
  offers: OfferView[];
  /** Its open dataset's attribution ("Source: <publisher>"), docs/imin/attribution.md. */
  source?: Attribution;
}

export interface PostalAddressParts {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

type SessionLocation = NonNullable<NonNullable<ScheduledSessionDetailPayload["superEvent"]>["location"]>;

function sessionVenue(location: SessionLocation): SessionDetail["venue"] {
  const address = location.address;
  const venue = {
    name: location.name,
    address: [address?.streetAddress, address?.addressLocality, address?.addressRegion, address?.postalCode].filter(Boolean).join(", "),
    postalAddress: address
      ? {
          streetAddress: address.streetAddress || undefined,
          addressLocality: address.addressLocality || undefined,
          addressRegion: address.addressRegion || undefined,
          postalCode: address.postalCode || undefined,
          addressCountry: address.addressCountry || undefined,
        }
      : undefined,
    telephone: location.telephone,
    latitude: location.geo?.latitude,
    longitude: location.geo?.longitude,
  };
  return { ...venue, mapUrl: mapLink({ ...venue, query: [venue.name, venue.address].filter(Boolean).join(", "), zoom: 16 }) };
}

export function mapSessionDetail(
  p: ScheduledSessionDetailPayload,
  sessionId: string,
  nowMs: number,
  sources?: AttributionIndex,
): SessionDetail {
  const series = p.superEvent;
  const location = series?.location;
  const agg = series?.["imin:aggregateOffer"];
  const offers: OfferView[] = (series?.offers ?? []).map((o) => ({
    id: o.id,
    name: o.name || "Ticket",
    price: o.price,
    currency: o.priceCurrency || "GBP",
    ageMin: o.ageRange?.minValue,
    ageMax: o.ageRange?.maxValue,
    membershipRequired: o["imin:membershipRequired"] === true,
    cancelMinutesBefore: durationMinutes(o.latestCancellationBeforeStartDate),
    entitlement: o.activeEntitlement
      ? {
          id: o.activeEntitlement.id,
          price: o.activeEntitlement.price,
          name: o.activeEntitlement.name,
          indicative: o.activeEntitlement["imin:indicativePrice"] === true,
        }
      : undefined,
  }));
  if (offers.length === 0 && agg) {
    // No full offers: fall back to the aggregate adult/junior prices.
    for (const [role, label] of [
      ["publicAdult", "Adult"],
      ["publicJunior", "Junior"],
    ] as const) {
      const part = agg[role];
      if (!part) continue;
      offers.push({
        id: part.id,
        name: label,
        price: part.price,
        currency: part.priceCurrency || "GBP",
        membershipRequired: part["imin:membershipRequired"] === true,
      });
    }
  }
  const active = agg?.activeEntitlement;
  if (active && !offers.some((o) => o.entitlement)) {
    const adult = offers.find((o) => o.id && o.id === agg?.publicAdult?.id) ?? offers[0];
    if (adult) {
      adult.entitlement = { id: active.id, price: active.price, name: active.name, indicative: active["imin:indicativePrice"] === true };
    }
  }
  const bookable = Boolean(p["imin:checkoutUrlTemplate"]);
  return {
    sessionId,
    type: p.type || "ScheduledSession",
    identifier: p.identifier,
    name: series?.name || series?.superEvent?.name || "Session",
    description: series?.description,
    activity: (series?.activity ?? [])
      .map((a) => a.prefLabel)
      .filter(Boolean)
      .join(", "),
    startDate: p.startDate,
    endDate: p.endDate,
    remaining: p.remainingAttendeeCapacity,
    capacity: p.maximumAttendeeCapacity,
    bookable,
    checkoutUrlTemplate: p["imin:checkoutUrlTemplate"],
    reason: bookable ? undefined : unbookableReason(p, nowMs),
    cancellationMessage: p["imin:cancellationMessage"],
    eventStatus: p.eventStatus,
    image: series?.image.find((i) => i.url)?.url,
    seller: series?.organizer ? { id: series.organizer.id, name: series.organizer.name, url: series.organizer.url } : undefined,
    venue: location ? sessionVenue(location) : undefined,
    ageMin: series?.ageRange?.minValue,
    ageMax: series?.ageRange?.maxValue,
    offers,
    source: attributionOf(series?.["imin:dataSource"], sources),
  };
}
