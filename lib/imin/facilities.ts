import "server-only";
import { cache } from "react";
import type { CourtsResults } from "@/lib/facilities/grid";
import type { CourtFilters } from "@/lib/facilities/search-state";
import { venueTimeToUtcIso } from "@/lib/time/venue-time";
import { sharedAttributionCatalog } from "./attribution-catalog";
import { IminError } from "./errors";
import type { SearchCentre } from "./event-query";
import { mapCourtsResults } from "./facility-mapping";
import { buildUpcomingSlotsQuery } from "./facility-query";
import { iminRequest } from "./http";
import { facilityUsesCollection, slotDetail } from "./schemas";
import { mapSlotDetail, type SlotDetail } from "./slot-mapping";

/** The courts grid of one venue day: exactly one `upcoming-slots` call. */
export async function searchCourts(f: CourtFilters, day: string, centre: SearchCentre): Promise<CourtsResults> {
  const [payload, sources] = await Promise.all([
    iminRequest({
      service: "facilities",
      path: "facility-uses",
      query: buildUpcomingSlotsQuery(f, day, centre),
      schema: facilityUsesCollection,
    }),
    sharedAttributionCatalog(),
  ]);
  return mapCourtsResults(payload, f.page, venueTimeToUtcIso(day, "12:00:00"), sources);
}

/** One slot with its offers and courts; `null` when imin does not know it (started slots are archived). */
export const getSlotDetail = cache(async (slotId: string): Promise<SlotDetail | null> => {
  try {
    const [payload, sources] = await Promise.all([
      iminRequest({ service: "facilities", path: `slots/${encodeURIComponent(slotId)}`, schema: slotDetail }),
      sharedAttributionCatalog(),
    ]);
    return mapSlotDetail(payload, slotId, Date.now(), sources);
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
});
