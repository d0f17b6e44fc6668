import { Button } from "@/components/ui/button";
import { COURT_ACTIVITIES, COURT_DISTANCES_KM, type CourtFilters } from "@/lib/facilities/search-state";
import { DistanceSelect, FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "../filter-select";

interface PlaceChoice {
  name: string;
  latitude: number;
  longitude: number;
}

/** The courts search: a plain GET form to /book, so it works without JavaScript and every search is a URL. */
export function CourtsForm({
  filters,
  day,
  today,
  lastDay,
  zone,
  places,
  defaultPlace,
}: {
  filters: CourtFilters;
  day: string;
  today: string;
  lastDay: string;
  zone: string;
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
}) {
  const placeValue = (p: PlaceChoice) => `${p.latitude},${p.longitude}|${p.name}`;
  const current =
    filters.lat !== undefined && filters.lng !== undefined ? `${filters.lat},${filters.lng}|${filters.where ?? "Chosen place"}` : undefined;
  const activities: string[] = [...COURT_ACTIVITIES];
  if (filters.activity && !activities.some((a) => a.toLowerCase() === filters.activity!.toLowerCase())) activities.push(filters.activity);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced in every browser; <search> is newer.
    <form action="/book" method="get" role="search" aria-label="Find a court or pitch" className="space-y-4">
      <input type="hidden" name="tab" value="courts" />
      <div className="grid gap-4 sm:grid-cols-2">
        <FilterSelect
          id="courts-activity"
          name="activity"
          label="Activity"
          defaultValue={filters.activity ?? ""}
          options={[{ value: "", label: "Any activity" }, ...activities.map((a) => ({ value: a, label: a }))]}
        />
        <div className="space-y-1">
          <label htmlFor="courts-day" className={labelClass}>
            Day
          </label>
          <input id="courts-day" name="day" type="date" defaultValue={day} min={today} max={lastDay} required className={inputClass} />
        </div>
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className={labelClass}>Starting between (venue time, {zone})</legend>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="courts-after" className="sr-only">
              From
            </label>
            <input id="courts-after" name="after" type="time" step={900} defaultValue={filters.after} className={`${inputClass} w-36`} />
            <span aria-hidden="true">and</span>
            <label htmlFor="courts-before" className="sr-only">
              Until
            </label>
            <input id="courts-before" name="before" type="time" step={900} defaultValue={filters.before} className={`${inputClass} w-36`} />
          </div>
          <p className="text-sm text-gray-700">Leave empty for the whole day.</p>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="courts-near" className={labelClass}>
            Near
          </label>
          <select id="courts-near" name="near" defaultValue={current ?? placeValue(defaultPlace)} className={inputClass}>
            {current ? <option value={current}>{filters.where ?? "Chosen place"}</option> : null}
            <option value={placeValue(defaultPlace)}>{defaultPlace.name}</option>
            {places.map((p) => (
              <option key={placeValue(p)} value={placeValue(p)}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <DistanceSelect id="courts-km" distances={COURT_DISTANCES_KM} km={filters.km} />
      </div>
      <Button type="submit" className="min-h-11 px-5">
        Show courts
      </Button>
    </form>
  );
}
