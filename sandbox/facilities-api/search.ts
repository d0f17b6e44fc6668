import type { Store } from "../store/store";
import { approximateTotal, pageItems, pageLinkOf, paging, restrictedCollection } from "../search-common/collection";
import { distanceKm } from "../search-common/geo";
import { facilityCatalog } from "./catalog";
import { londonDayKey, londonDayStartMs, nextDayKey } from "./london-day";
import type { FacilityUsesQuery } from "./query";
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

  const { page, limit } = paging(q);
  let total: number;
  let items: unknown[];
  if (q.mode === "discovery-geo") {
    candidates.sort(byDistance);
    total = candidates.length;
    items = pageItems(candidates, page, limit).map((fu) => renderFacilityUseHead(store, urls, fu, distances.get(fu.id)));
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
    items = pageItems(withSlots, page, limit).map((fu) => ({
      ...renderFacilityUseHead(store, urls, fu, distances.get(fu.id)),
      event: renderEvents(store, urls, fu, bySlots.get(fu.id)!, nowMs, false),
    }));
  }

  return restrictedCollection({
    context: ["https://openactive.io/", "https://imin.co/", "https://openactive.io/ns-beta"],
    link: pageLinkOf(`${urls.facilities}/facility-uses`, requestUrl.search, limit),
    page,
    limit,
    total,
    totalItems: approximateTotal(total),
    items,
  });
}
