import type { Store } from "../store/store";
import type { Venue } from "../store/types";
import { approximateTotal, pageItems, pageLinkOf, paging, restrictedCollection } from "../search-common/collection";
import type { SearchQuery } from "./query";
import { bookability, renderEventSeries, renderScheduledSession, type EventsUrls, type HeldEntitlement } from "./render";
import { distanceKm } from "../search-common/geo";
import { searchIndex, type SessionRow } from "./search-index";

/** Only the next 14 days are searchable, as on imin. */
export const SEARCH_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

export interface SearchInput {
  store: Store;
  query: SearchQuery;
  nowMs: number;
  urls: EventsUrls;
  /** The request URL, for `id` and paging links. */
  requestUrl: URL;
  held: Map<string, HeldEntitlement>;
}

function venueDistances(venues: Venue[], query: SearchQuery): Map<string, number> | undefined {
  const geo = query["geo[radial]"];
  if (!geo) return undefined;
  const out = new Map<string, number>();
  for (const v of venues) out.set(v.id, distanceKm(geo.latitude, geo.longitude, v.latitude, v.longitude));
  return out;
}

function matches(row: SessionRow, q: SearchQuery, distances: Map<string, number> | undefined, fromMs: number, toMs: number) {
  if (row.startMs < fromMs || row.startMs > toMs) return false;
  if (distances && distances.get(row.venue.id)! > q["geo[radial]"]!.radiusKm) return false;
  // A tag filter: iminTag=HighFrequencySession asks for the swim/gym timetable (HF only, and only in
  // upcoming-sessions); without it the implicit iminTag[not]=HighFrequencySession applies.
  if (q.iminTag === "HighFrequencySession") {
    if (!row.highFrequency || q.mode !== "upcoming-sessions") return false;
  } else if (row.highFrequency) return false;
  const tMin = q["startTime[gte]"];
  const tMax = q["startTime[lte]"];
  if (tMin !== undefined && row.localMinutes < tMin) return false;
  if (tMax !== undefined && row.localMinutes > tMax) return false;
  if (q.activityPrefLabel && !row.labels.includes(q.activityPrefLabel.toLowerCase())) return false;
  if (q.activityId && !row.activities.some((a) => a.id === q.activityId)) return false;
  const ageMin = q["ageRangeMin[gte]"];
  if (ageMin !== undefined && (row.series.ageMin ?? 0) < ageMin) return false;
  const ageMax = q["ageRangeMax[lte]"];
  if (ageMax !== undefined && (row.series.ageMax === undefined || row.series.ageMax > ageMax)) return false;
  return true;
}

/** Paging links keep the request's parameters; imin reflects its implicit default tag filter in them, as its docs describe. */
function pageLink(requestUrl: URL, q: SearchQuery, limit: number) {
  const params = new URLSearchParams(requestUrl.search);
  if (!q.iminTag && !params.has("iminTag[not]")) params.set("iminTag[not]", "HighFrequencySession");
  return pageLinkOf(new URL(requestUrl.pathname, requestUrl).href, params, limit);
}

export function searchEventSeries(input: SearchInput) {
  const { store, query: q, nowMs, urls, held } = input;
  const index = searchIndex(store);
  const distances = venueDistances(index.venues, q);
  const fromMs = Math.max(nowMs, q["startDate[gte]"] ?? nowMs);
  const toMs = Math.min(nowMs + SEARCH_WINDOW_MS, q["startDate[lte]"] ?? Infinity);
  const { page, limit } = paging(q);

  // Rows are sorted by start: skip past sessions with a binary search.
  let lo = 0;
  let hi = index.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.rows[mid]!.startMs < fromMs) lo = mid + 1;
    else hi = mid;
  }
  const hits: SessionRow[] = [];
  for (let i = lo; i < index.rows.length; i++) {
    const row = index.rows[i]!;
    if (row.startMs > toMs) break;
    if (matches(row, q, distances, fromMs, toMs)) hits.push(row);
  }

  const distanceOf = (row: SessionRow) => distances?.get(row.venue.id);
  let total: number;
  let items: unknown[];
  if (q.mode === "upcoming-sessions") {
    total = hits.length;
    items = pageItems(hits, page, limit).map((row) => {
      const session = store.sessions.get(row.sessionId)!;
      const bookable = bookability(session, row.series, nowMs).bookable;
      return renderEventSeries(urls, row, {
        sessions: [renderScheduledSession(urls, session, row.series, nowMs)],
        anyBookable: bookable,
        held: held.get(row.seller.id),
        distanceKm: distanceOf(row),
        withOffers: false,
      });
    });
  } else {
    const groups = new Map<string, SessionRow[]>();
    for (const row of hits) {
      const list = groups.get(row.series.id);
      if (list) list.push(row);
      else groups.set(row.series.id, [row]);
    }
    const grouped = [...groups.values()];
    const name = (g: SessionRow[]) => g[0]!.series.name;
    if (q.mode === "discovery-geo") {
      grouped.sort((a, b) => (distanceOf(a[0]!) ?? 0) - (distanceOf(b[0]!) ?? 0) || name(a).localeCompare(name(b)));
    } else {
      const dir = q.mode === "discovery-price-asc" ? 1 : -1;
      grouped.sort((a, b) => {
        const pa = a[0]!.adultPricePence;
        const pb = b[0]!.adultPricePence;
        if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
        return (pa - pb) * dir || name(a).localeCompare(name(b));
      });
    }
    total = grouped.length;
    items = pageItems(grouped, page, limit).map((rows) => {
      const first = rows[0]!;
      let anyBookable = false;
      const sessions = rows.map((row) => {
        const session = store.sessions.get(row.sessionId)!;
        if (bookability(session, row.series, nowMs).bookable) anyBookable = true;
        return renderScheduledSession(urls, session, row.series, nowMs);
      });
      return renderEventSeries(urls, first, {
        sessions,
        anyBookable,
        held: held.get(first.seller.id),
        distanceKm: distanceOf(first),
        withOffers: false,
      });
    });
  }

  return restrictedCollection({
    context: ["https://openactive.io/", "https://imin.co/"],
    link: pageLink(input.requestUrl, q, limit),
    page,
    limit,
    total,
    totalItems: approximateTotal(total),
    items,
  });
}
