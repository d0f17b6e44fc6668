import type { Store } from "../store/store";
import { approximateTotal } from "../events-api/search";
import { distanceKm } from "../events-api/search-index";
import { facilityCatalog } from "./catalog";
import { londonDayKey, londonDayStartMs, nextDayKey } from "./london-day";
import { DEFAULT_LIMIT, type FacilityUsesQuery } from "./query";
import { renderEvents, renderFacilityUseHead, type FacilitiesUrls } from "./render";
import { SEARCH_WINDOW_MS, slotsOfDay } from "./slots";
import type { FacilityUseRecord, SlotRecord } from "./types";

const norm = (s: string) => s.trim().toLowerCase();

/** The `[from, to)` instants an upcoming-slots query covers: one London day, cut by the bounds given. */
function dayWindow(q: FacilityUsesQuery): { dayKey: string; fromMs: number; toMs: number } {
  const anchor = (q["startDate[gte]"] ?? q["startDate[lte]"])!;
  const dayKey = londonDayKey(anchor);
  return {
    dayKey,
    fromMs: q["startDate[gte]"] ?? londonDayStartMs(dayKey),
    toMs: q["startDate[lte]"] ?? londonDayStartMs(nextDayKey(dayKey)),
  };
}

export function searchFacilityUses(store: Store, q: FacilityUsesQuery, nowMs: number, urls: FacilitiesUrls, requestUrl: URL) {
  const geo = q["geo[radial]"]!;
  const label = q.activityPrefLabel ? norm(q.activityPrefLabel) : undefined;
  const provider = q.providerId ? (store.sellerBySlug(q.providerId.trim())?.id ?? q.providerId.trim()) : undefined;
  const distances = new Map<string, number>();
  const candidates: FacilityUseRecord[] = [];
  for (const fu of facilityCatalog(store).facilityUses) {
    if (provider && fu.sellerId !== provider) continue;
    if (label && norm(store.activities.get(fu.activityId)?.prefLabel ?? "") !== label) continue;
    const venue = store.venues.get(fu.venueId)!;
    const d = distanceKm(geo.latitude, geo.longitude, venue.latitude, venue.longitude);
    if (d > geo.radiusKm) continue;
    distances.set(fu.id, d);
    candidates.push(fu);
  }
  const byDistance = (a: FacilityUseRecord, b: FacilityUseRecord) =>
    distances.get(a.id)! - distances.get(b.id)! || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

  const limit = q.limit ?? DEFAULT_LIMIT;
  const page = q.page ?? 1;
  let total: number;
  let items: unknown[];
  if (q.mode === "discovery-geo") {
    candidates.sort(byDistance);
    total = candidates.length;
    items = candidates.slice((page - 1) * limit, page * limit).map((fu) => renderFacilityUseHead(store, urls, fu, distances.get(fu.id)));
  } else {
    const { dayKey, fromMs, toMs } = dayWindow(q);
    const lo = Math.max(fromMs, nowMs + 1);
    const hi = Math.min(toMs, nowMs + SEARCH_WINDOW_MS + 1);
    const wanted = new Set(candidates.map((c) => c.id));
    const bySlots = new Map<string, SlotRecord[]>();
    if (lo < hi) {
      for (const slot of slotsOfDay(store, dayKey).all) {
        if (slot.startMs < lo || slot.startMs >= hi || !wanted.has(slot.facilityUse.id)) continue;
        const list = bySlots.get(slot.facilityUse.id);
        if (list) list.push(slot);
        else bySlots.set(slot.facilityUse.id, [slot]);
      }
    }
    // Chronologically: by each FacilityUse's first slot, then nearest.
    const withSlots = candidates
      .filter((fu) => bySlots.has(fu.id))
      .sort((a, b) => bySlots.get(a.id)![0]!.startMs - bySlots.get(b.id)![0]!.startMs || byDistance(a, b));
    total = withSlots.length;
    items = withSlots.slice((page - 1) * limit, page * limit).map((fu) => ({
      ...renderFacilityUseHead(store, urls, fu, distances.get(fu.id)),
      event: renderEvents(store, urls, fu, bySlots.get(fu.id)!, nowMs, false),
    }));
  }

  const totalPages = Math.ceil(total / limit);
  const params = new URLSearchParams(requestUrl.search);
  params.set("limit", String(limit));
  const at = (p: number | "{page}") => {
    params.set("page", String(p));
    return `${urls.facilities}/facility-uses?${params.toString().replace("%7Bpage%7D", "{page}")}`;
  };
  return {
    "@context": ["https://openactive.io/", "https://imin.co/", "https://openactive.io/ns-beta"],
    type: "imin:RestrictedCollection",
    id: at(page),
    "imin:totalItems": approximateTotal(total),
    view: {
      type: "PartialCollectionView",
      id: at(page),
      first: at(1),
      last: at(Math.max(1, totalPages)),
      next: page < totalPages ? at(page + 1) : undefined,
      previous: page > 1 ? at(Math.min(page - 1, Math.max(1, totalPages))) : undefined,
      urlTemplate: at("{page}"),
      "imin:currentPage": page,
      "imin:itemsPerPage": limit,
      "imin:totalPages": totalPages,
    },
    "imin:item": items,
  };
}
