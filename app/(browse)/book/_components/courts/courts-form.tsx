import { useTranslations } from "next-intl";
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
  const t = useTranslations("book.courts");
  const placeValue = (p: PlaceChoice) => `${p.latitude},${p.longitude}|${p.name}`;
  const current =
    filters.lat !== undefined && filters.lng !== undefined
      ? `${filters.lat},${filters.lng}|${filters.where ?? t("chosenPlace")}`
      : undefined;
  const activities: string[] = [...COURT_ACTIVITIES];
  if (filters.activity && !activities.some((a) => a.toLowerCase() === filters.activity!.toLowerCase())) activities.push(filters.activity);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced in every browser; <search> is newer.
    <form action="/book" method="get" role="search" aria-label={t("formLabel")} className="space-y-4">
      <input type="hidden" name="tab" value="courts" />
      <div className="grid gap-4 sm:grid-cols-2">
        <FilterSelect
          id="courts-activity"
          name="activity"
          label={t("activity")}
          defaultValue={filters.activity ?? ""}
          options={[{ value: "", label: t("anyActivity") }, ...activities.map((a) => ({ value: a, label: a }))]}
        />
        <div className="space-y-1">
          <label htmlFor="courts-day" className={labelClass}>
            {t("day")}
          </label>
          <input id="courts-day" name="day" type="date" defaultValue={day} min={today} max={lastDay} required className={inputClass} />
        </div>
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className={labelClass}>{t("between", { zone })}</legend>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="courts-after" className="sr-only">
              {t("from")}
            </label>
            <input id="courts-after" name="after" type="time" step={900} defaultValue={filters.after} className={`${inputClass} w-36`} />
            <span aria-hidden="true">{t("and")}</span>
            <label htmlFor="courts-before" className="sr-only">
              {t("until")}
            </label>
            <input id="courts-before" name="before" type="time" step={900} defaultValue={filters.before} className={`${inputClass} w-36`} />
          </div>
          <p className="text-sm text-gray-700">{t("wholeDay")}</p>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="courts-near" className={labelClass}>
            {t("near")}
          </label>
          <select id="courts-near" name="near" defaultValue={current ?? placeValue(defaultPlace)} className={inputClass}>
            {current ? <option value={current}>{filters.where ?? t("chosenPlace")}</option> : null}
            <option value={placeValue(defaultPlace)}>{defaultPlace.name}</option>
            {places.map((p) => (
              <option key={placeValue(p)} value={placeValue(p)}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <DistanceSelect id="courts-km" label={t("within")} distances={COURT_DISTANCES_KM} km={filters.km} />
      </div>
      <Button type="submit" className="min-h-11 px-5">
        {t("showCourts")}
      </Button>
    </form>
  );
}
