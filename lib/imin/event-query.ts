import { TIMES_OF_DAY, type SearchFilters } from "@/lib/book/search-state";
import { venueTimeToUtcIso } from "@/lib/time/venue-time";

export interface SearchCentre {
  latitude: number;
  longitude: number;
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
  if (from) q["startDate[gte]"] = venueTimeToUtcIso(from);
  if (to) q["startDate[lte]"] = venueTimeToUtcIso(to, "23:59:59");
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
