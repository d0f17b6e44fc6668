import "server-only";
import type { SearchFilters, SearchResults, SessionSummary } from "@/lib/book/search-state";
import { TIMES_OF_DAY } from "@/lib/book/search-state";
import { IminError } from "./errors";
import { iminRequest } from "./http";
import {
  placesCollection,
  searchResultsCollection,
  scheduledSessionDetail,
  type ScheduledSessionDetailPayload,
} from "./schemas";
import type { z } from "zod";

const TZ = "Europe/London";

export interface SearchCentre {
  latitude: number;
  longitude: number;
}

// ---- query building (pure) -------------------------------------------------------------------

/** Offset of London from UTC at an instant, in ms (0 in winter, 1 h in summer). */
function londonOffsetMs(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(utcMs)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - utcMs;
}

/** The UTC instant of a London wall-clock time on a calendar date ("2026-11-25", "23:59:59"). */
export function londonToUtcIso(date: string, time = "00:00:00"): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm, ss] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh ?? 0, mm ?? 0, ss ?? 0);
  const first = wall - londonOffsetMs(wall);
  // Re-check at the candidate instant, which matters only next to a clock change.
  const ms = wall - londonOffsetMs(first);
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}

/** The Events API query for a /book search. */
export function buildEventSeriesQuery(f: SearchFilters, centre: SearchCentre): Record<string, string> {
  const q: Record<string, string> = {
    mode: "upcoming-sessions",
    "geo[radial]": `${centre.latitude},${centre.longitude},${f.km}`,
    limit: String(f.limit),
    page: String(f.page),
  };
  const [from, to] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
  if (from) q["startDate[gte]"] = londonToUtcIso(from);
  if (to) q["startDate[lte]"] = londonToUtcIso(to, "23:59:59");
  if (f.time) {
    q["startTime[gte]"] = TIMES_OF_DAY[f.time].from;
    q["startTime[lte]"] = TIMES_OF_DAY[f.time].to;
  }
  if (f.activity) q.activityPrefLabel = f.activity;
  if (f.age === "junior") q["ageRangeMax[lte]"] = "17";
  if (f.age === "adult") q["ageRangeMin[gte]"] = "18";
  if (f.swimGym) q.iminTag = "HighFrequencySession";
  return q;
}

// ---- mapping (pure) --------------------------------------------------------------------------

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
export function unbookableReason(s: Pick<Session, "eventStatus" | "startDate" | "remainingAttendeeCapacity">, nowMs: number): string {
  if (s.eventStatus && /cancel/i.test(s.eventStatus)) return "Cancelled by the organiser";
  if (Date.parse(s.startDate) <= nowMs) return "Already started";
  if (s.remainingAttendeeCapacity !== undefined && s.remainingAttendeeCapacity <= 0) return "Full";
  return "Not bookable online";
}

export function mapSearchResults(
  payload: SearchPayload,
  page: number,
  nowMs: number,
): SearchResults {
  const items: SessionSummary[] = [];
  for (const es of payload["imin:item"]) {
    for (const ss of es.subEvent) {
      for (const s of ss.subEvent) {
        const sessionId = sessionRouteId(s);
        if (!sessionId) continue;
        const agg = ss["imin:aggregateOffer"] ?? es["imin:aggregateOffer"];
        const activities = (ss.activity.length ? ss.activity : es.activity).map((a) => a.prefLabel).filter(Boolean);
        const bookable = Boolean(s["imin:checkoutUrlTemplate"]);
        const distance =
          ss.location?.geo?.["imin:distanceFromGeoQueryCenter"]?.value ?? es["imin:distanceFromSearchPoint"];
        items.push({
          sessionId,
          name: es.name || ss.name || activities[0] || "Session",
          activity: activities.join(", "),
          venue: ss.location?.name || "Venue to be confirmed",
          locality: ss.location?.address?.addressLocality || undefined,
          distanceKm: distance,
          startDate: s.startDate,
          endDate: s.endDate,
          adultPrice: agg?.publicAdult?.price,
          juniorPrice: agg?.publicJunior?.price,
          currency: agg?.publicAdult?.priceCurrency || agg?.publicJunior?.priceCurrency || "GBP",
          remaining: s.remainingAttendeeCapacity,
          bookable,
          reason: bookable ? undefined : unbookableReason(s, nowMs),
        });
      }
    }
  }
  const totalPages = payload.view?.["imin:totalPages"];
  // Page defensively: imin's own example has a `next` link past the last page.
  const hasNext = Boolean(payload.view?.next) && (totalPages === undefined || page < totalPages) && items.length > 0;
  return { items, total: payload["imin:totalItems"], page, totalPages, hasNext };
}

// ---- calls -----------------------------------------------------------------------------------

export async function searchSessions(f: SearchFilters, centre: SearchCentre): Promise<SearchResults> {
  const payload = await iminRequest({
    service: "events",
    path: "event-series",
    query: buildEventSeriesQuery(f, centre),
    schema: searchResultsCollection,
  });
  return mapSearchResults(payload, f.page, Date.now());
}

export interface PlaceOption {
  name: string;
  locality?: string;
  latitude: number;
  longitude: number;
  eventCount?: number;
}

/** Venues near a point, nearest first, for the "near" picker. */
export async function listPlaces(centre: SearchCentre, radiusKm = 1000): Promise<PlaceOption[]> {
  const payload = await iminRequest({
    service: "events",
    path: "places",
    query: { "geo[radial]": `${centre.latitude},${centre.longitude},${radiusKm}`, limit: 50 },
    schema: placesCollection,
  });
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

export interface OfferView {
  id?: string;
  name: string;
  price?: number;
  currency: string;
  ageMin?: number;
  ageMax?: number;
  membershipRequired: boolean;
  /** The entitlement price and the Offer id to book it with. */
  entitlement?: { id?: string; price?: number; name?: string; indicative: boolean };
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
  reason?: string;
  cancellationMessage?: string;
  seller?: { id?: string; name?: string; url?: string };
  venue?: {
    name?: string;
    address: string;
    telephone?: string;
    latitude?: number;
    longitude?: number;
  };
  ageMin?: number;
  ageMax?: number;
  offers: OfferView[];
}

export function mapSessionDetail(p: ScheduledSessionDetailPayload, sessionId: string, nowMs: number): SessionDetail {
  const series = p.superEvent;
  const location = series?.location;
  const address = location?.address;
  const agg = series?.["imin:aggregateOffer"];
  const offers: OfferView[] = (series?.offers ?? []).map((o) => ({
    id: o.id,
    name: o.name || "Ticket",
    price: o.price,
    currency: o.priceCurrency || "GBP",
    ageMin: o.ageRange?.minValue,
    ageMax: o.ageRange?.maxValue,
    membershipRequired: o["imin:membershipRequired"] === true,
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
    activity: (series?.activity ?? []).map((a) => a.prefLabel).filter(Boolean).join(", "),
    startDate: p.startDate,
    endDate: p.endDate,
    remaining: p.remainingAttendeeCapacity,
    capacity: p.maximumAttendeeCapacity,
    bookable,
    reason: bookable ? undefined : unbookableReason(p, nowMs),
    cancellationMessage: p["imin:cancellationMessage"],
    seller: series?.organizer ? { id: series.organizer.id, name: series.organizer.name, url: series.organizer.url } : undefined,
    venue: location
      ? {
          name: location.name,
          address: [address?.streetAddress, address?.addressLocality, address?.addressRegion, address?.postalCode]
            .filter(Boolean)
            .join(", "),
          telephone: location.telephone,
          latitude: location.geo?.latitude,
          longitude: location.geo?.longitude,
        }
      : undefined,
    ageMin: series?.ageRange?.minValue,
    ageMax: series?.ageRange?.maxValue,
    offers,
  };
}

/** One session with its offers; `null` when imin does not know it (or has archived it). */
export async function getSessionDetail(sessionId: string, entitlementFilter?: string): Promise<SessionDetail | null> {
  try {
    const payload = await iminRequest({
      service: "events",
      path: `scheduled-sessions/${encodeURIComponent(sessionId)}`,
      query: { entitlementFilter },
      schema: scheduledSessionDetail,
    });
    return mapSessionDetail(payload, sessionId, Date.now());
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
}
