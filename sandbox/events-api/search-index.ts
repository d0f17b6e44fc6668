import type { Store } from "../store/store";
import type { Activity, OfferRecord, SeriesRecord, SessionRecord, Seller, Venue } from "../store/types";

/**
 * Everything a search filters or sorts on, computed once per session when the data changes rather
 * than on every request. Seats left and seller cancellations are read live from the store when a
 * result is rendered, so bookings never leave the index stale.
 */
export interface SessionRow {
  sessionId: string;
  series: SeriesRecord;
  venue: Venue;
  seller: Seller;
  activities: Activity[];
  /** Lower-cased activity labels, for `activityPrefLabel`. */
  labels: string[];
  startMs: number;
  endMs: number;
  /** Minutes after local midnight (Europe/London), for `startTime[...]`. */
  localMinutes: number;
  highFrequency: boolean;
  adultPricePence?: number;
}

export interface SearchIndex {
  /** Earliest start first. */
  rows: SessionRow[];
  rowsBySeries: Map<string, SessionRow[]>;
  venues: Venue[];
  source: readonly SessionRecord[];
  seriesCount: number;
}

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function londonMinutes(ms: number): number {
  const [h, m] = londonClock.format(ms).split(":");
  return Number(h) * 60 + Number(m);
}

export function publicOffer(series: SeriesRecord, role: "publicAdult" | "publicJunior"): OfferRecord | undefined {
  return series.offers.find((o) => o.aggregateRole === role);
}

const indexes = new WeakMap<Store, SearchIndex>();

/** The index for the store's current data; rebuilt only when sessions or series were added or reset. */
export function searchIndex(store: Store): SearchIndex {
  const source = store.sessionsByStart();
  const cached = indexes.get(store);
  if (cached && cached.source === source && cached.seriesCount === store.series.size) return cached;
  const built = buildIndex(store, source);
  indexes.set(store, built);
  return built;
}

function buildIndex(store: Store, source: readonly SessionRecord[]): SearchIndex {
  const rows: SessionRow[] = [];
  const rowsBySeries = new Map<string, SessionRow[]>();
  for (const session of source) {
    const series = store.series.get(session.seriesId);
    if (!series) continue;
    const venue = store.venues.get(series.venueId);
    const seller = store.sellers.get(series.sellerId);
    if (!venue || !seller) continue;
    const activities = store.activitiesOf(series);
    const startMs = Date.parse(session.startDate);
    const row: SessionRow = {
      sessionId: session.id,
      series,
      venue,
      seller,
      activities,
      labels: activities.map((a) => a.prefLabel.trim().toLowerCase()),
      startMs,
      endMs: Date.parse(session.endDate),
      localMinutes: londonMinutes(startMs),
      highFrequency: series.highFrequency,
      adultPricePence: publicOffer(series, "publicAdult")?.pricePence,
    };
    rows.push(row);
    const list = rowsBySeries.get(series.id) ?? [];
    list.push(row);
    rowsBySeries.set(series.id, list);
  }
  return { rows, rowsBySeries, venues: [...store.venues.values()], source, seriesCount: store.series.size };
}
