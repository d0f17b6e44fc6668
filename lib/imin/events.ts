import "server-only";
import { cache } from "react";
import { isHighFrequencyActivity } from "@/lib/book/activity-match";
import { mergeResults } from "@/lib/book/merge-results";
import type { SearchFilters, SearchResults } from "@/lib/book/search-state";
import { sharedAttributionCatalog } from "./attribution-catalog";
import { IminError } from "./errors";
import { mapPlaces, mapSearchResults, mapSessionDetail, type PlaceOption, type SessionDetail } from "./event-mapping";
import { buildEventSeriesQuery, type SearchCentre } from "./event-query";
import { iminRequest } from "./http";
import { placesCollection, scheduledSessionDetail, searchResultsCollection } from "./schemas";

/**
 * The /book search; with the customer's `entitlementFilter`, imin prices it for them too. A swimming
 * or gym activity (or an old link's `hf=1`) adds the high-frequency timetable, which imin leaves out
 * by default (a second search, in parallel) to the classes.
 */
export async function searchSessions(f: SearchFilters, centre: SearchCentre, entitlementFilter?: string): Promise<SearchResults> {
  if (!f.swimGym && !isHighFrequencyActivity(f.activity)) return searchOnce(f, centre, entitlementFilter);
  const [classes, swimGym] = await Promise.all([
    searchOnce({ ...f, swimGym: false }, centre, entitlementFilter),
    searchOnce({ ...f, swimGym: true }, centre, entitlementFilter),
  ]);
  return mergeResults(classes, swimGym);
}

async function searchOnce(f: SearchFilters, centre: SearchCentre, entitlementFilter?: string): Promise<SearchResults> {
  const [payload, sources] = await Promise.all([
    iminRequest({
      service: "events",
      path: "event-series",
      query: { ...buildEventSeriesQuery(f, centre), ...(entitlementFilter ? { entitlementFilter } : {}) },
      schema: searchResultsCollection,
    }),
    sharedAttributionCatalog(),
  ]);
  return mapSearchResults(payload, f.page, Date.now(), sources);
}

/** Venues near a point, nearest first, for the "near" picker. */
export async function listPlaces(centre: SearchCentre, radiusKm = 1000): Promise<PlaceOption[]> {
  const payload = await iminRequest({
    service: "events",
    path: "places",
    query: { "geo[radial]": `${centre.latitude},${centre.longitude},${radiusKm}`, limit: 50 },
    schema: placesCollection,
  });
  return mapPlaces(payload);
}

/** One session with its offers (one GET per request); `null` when imin does not know it (or has archived it). */
export const getSessionDetail = cache(async (sessionId: string, entitlementFilter?: string): Promise<SessionDetail | null> => {
  try {
    const [payload, sources] = await Promise.all([
      iminRequest({
        service: "events",
        path: `scheduled-sessions/${encodeURIComponent(sessionId)}`,
        query: { entitlementFilter },
        schema: scheduledSessionDetail,
      }),
      sharedAttributionCatalog(),
    ]);
    return mapSessionDetail(payload, sessionId, Date.now(), sources);
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
});
