import type { SeriesRecord, SessionRecord, Seller, Venue } from "../store/types";

/** The seller's web domain, as its open-data feed URLs use it. */
export function domainOf(seller: Seller): string {
  return new URL(seller.url).hostname.replace(/^www\./, "");
}

/** One past the highest numeric id: how added series and sessions are numbered after the seeded ones. */
export const nextNumber = (ids: Iterable<string>) => Math.max(0, ...[...ids].map(Number).filter(Number.isFinite)) + 1;

type SeriesFields = Pick<SeriesRecord, "name" | "description" | "activityIds" | "offers"> &
  Partial<Pick<SeriesRecord, "ageMin" | "ageMax" | "highFrequency">>;

/** EventSeries `num` at `venue`, with its one SessionSeries numbered `num + 3000`. */
export function seriesRecord(num: number, venue: Venue, fields: SeriesFields): SeriesRecord {
  return {
    id: String(num),
    sessionSeriesId: String(num + 3000),
    sellerId: venue.sellerId,
    venueId: venue.id,
    name: fields.name,
    description: fields.description,
    activityIds: fields.activityIds,
    ageMin: fields.ageMin,
    ageMax: fields.ageMax,
    highFrequency: fields.highFrequency ?? false,
    offers: fields.offers,
  };
}

/** A ScheduledSession of the seller's feed, identified by its feed URL as imin holds it. */
export function sessionRecord(
  seller: Seller,
  seriesId: string,
  id: string,
  startMs: number,
  minutes: number,
  places: Pick<SessionRecord, "capacity" | "remaining">,
): SessionRecord {
  return {
    id,
    identifier: `https://opendata.${domainOf(seller)}/api/feeds/scheduled-sessions/${id.padStart(20, "0")}`,
    seriesId,
    startDate: new Date(startMs).toISOString(),
    endDate: new Date(startMs + minutes * 60_000).toISOString(),
    capacity: places.capacity,
    remaining: places.remaining,
  };
}
