import type { CourtFilters } from "@/lib/facilities/search-state";
import { venueTimeToUtcIso } from "@/lib/time/venue-time";
import type { SearchCentre } from "./event-query";

/** FacilityUses a grid page asks for: imin allows 50, and one call must fill the whole grid. */
const COURTS_PAGE_SIZE = 50;

/** The Facilities API `upcoming-slots` query for one venue day (`startDate[lte]` is exclusive). */
export function buildUpcomingSlotsQuery(f: CourtFilters, day: string, centre: SearchCentre): Record<string, string> {
  const q: Record<string, string> = {
    mode: "upcoming-slots",
    "geo[radial]": `${centre.latitude},${centre.longitude},${f.km}`,
    "startDate[gte]": venueTimeToUtcIso(day, f.after ? `${f.after}:00` : "00:00:00"),
    limit: String(COURTS_PAGE_SIZE),
    page: String(f.page),
  };
  if (f.before) q["startDate[lte]"] = venueTimeToUtcIso(day, `${f.before}:00`);
  if (f.activity) q.activityPrefLabel = f.activity;
  return q;
}
