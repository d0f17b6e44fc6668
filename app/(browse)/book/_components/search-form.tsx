"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { exactActivity } from "@/lib/book/activity-match";
import {
  AGE_GROUPS,
  countFilters,
  DEFAULT_PAGE_SIZE,
  DISTANCES_KM,
  TIMES_OF_DAY,
  parseSearchParams,
  type SearchFilters,
} from "@/lib/book/search-state";
import type { DistanceUnit, TimetableLabels } from "@/lib/book/timetable-format";
import { ActivityCombobox } from "./activity-combobox";
import { DistanceSelect, FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "./filter-select";

export interface PlaceChoice {
  name: string;
  latitude: number;
  longitude: number;
}

const TIME_CHOICES = Object.keys(TIMES_OF_DAY) as (keyof typeof TIMES_OF_DAY)[];
const AGE_CHOICES = Object.keys(AGE_GROUPS) as (keyof typeof AGE_GROUPS)[];

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-on-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline";

/**
 * The search: the activity in view, the rest in a "Filters · n" sheet (a disclosure, so it works
 * with the keyboard and without JavaScript). A plain GET form to /book; with JavaScript the new
 * filters go to `onSearch` instead. `query` re-creates the form when the URL changes.
 */
export function SearchForm({
  filters,
  query,
  where,
  places,
  defaultPlace,
  activities,
  unit,
  labels,
  geolocation,
  onSearch,
}: {
  filters: SearchFilters;
  query: string;
  where: string;
  /** The venues imin knows, for the place search. */
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
  /** The activities imin lists (for suggestions); empty when they could not be read. */
  activities: readonly string[];
  unit: DistanceUnit;
  labels: TimetableLabels;
  geolocation: { locate: () => void; locating: boolean; failed: boolean; canLocate: boolean };
  onSearch: (next: SearchFilters) => void;
}) {
  const t = useTranslations("book.search");
  const choices = [defaultPlace, ...places];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = parseSearchParams(Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])));
    // The place typed: a venue imin knows (or the brand's home) moves the centre; anything else keeps it.
    const typed = String(form.get("place") ?? "").trim();
    const label =
      typed && typed !== where
        ? exactActivity(
            typed,
            choices.map((p) => p.name),
          )
        : undefined;
    const place = label ? choices.find((p) => p.name === label) : undefined;
    if (place === defaultPlace) Object.assign(next, { lat: undefined, lng: undefined, where: undefined });
    else if (place) Object.assign(next, { lat: place.latitude, lng: place.longitude, where: place.name });
    else Object.assign(next, { lat: filters.lat, lng: filters.lng, where: filters.where });
    // imin wants the activity's own label: "bad minton" searches Badminton.
    if (next.activity) next.activity = exactActivity(next.activity, activities) ?? next.activity;
    onSearch({ ...next, from: filters.from, to: filters.to, page: 1 });
  };
  const count = countFilters(filters);
  const timeLabels = { morning: t("times.morning"), afternoon: t("times.afternoon"), evening: t("times.evening") };
  const ageLabels = { junior: t("ages.junior"), adult: t("ages.adult") };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced in every browser; <search> is newer.
    <form key={query} action="/book" method="get" onSubmit={onSubmit} role="search" className="space-y-2">
      {filters.limit !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="limit" value={filters.limit} /> : null}
      {filters.from ? <input type="hidden" name="from" value={filters.from} /> : null}
      {filters.to ? <input type="hidden" name="to" value={filters.to} /> : null}
      {filters.lat !== undefined && filters.lng !== undefined ? (
        <input type="hidden" name="at" value={`${filters.lat},${filters.lng}`} />
      ) : null}
      {filters.where ? <input type="hidden" name="where" value={filters.where} /> : null}
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="activity" className="sr-only">
            {t("activity")}
          </label>
          <ActivityCombobox
            id="activity"
            name="activity"
            defaultValue={filters.activity ?? ""}
            labels={activities}
            className={inputClass}
            placeholder={t("activityPlaceholder")}
          />
        </div>
        <button type="submit" className={buttonClass}>
          {t("search")}
        </button>
      </div>
      <details className="group rounded-md border border-gray-300 bg-white" data-testid="filters">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-3 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-outline [&::-webkit-details-marker]:hidden">
          <span>
            {t("filters")}
            {count ? ` · ${count}` : ""}
            <span className="sr-only">{count ? ` ${t("filtersSet", { count })}` : `: ${t("filtersNone")}`}</span>
          </span>
          <span className="min-w-0 truncate font-normal text-gray-700">
            {t("nearPlace", { place: where })} <span aria-hidden="true">▾</span>
          </span>
        </summary>
        <div className="grid gap-4 border-t border-gray-300 p-3 sm:grid-cols-2">
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor="place" className={labelClass}>
              {t("near")}
            </label>
            <ActivityCombobox
              id="place"
              name="place"
              defaultValue={where}
              labels={choices.map((p) => p.name)}
              className={inputClass}
              placeholder={t("placePlaceholder")}
            />
            {geolocation.canLocate ? (
              <button
                type="button"
                onClick={() => geolocation.locate()}
                className="inline-flex min-h-11 items-center text-sm font-medium text-link underline underline-offset-4"
                disabled={geolocation.locating}
              >
                {geolocation.locating ? t("findingYou") : t("useLocation")}
              </button>
            ) : null}
            <p role="status" className="text-sm text-red-700">
              {geolocation.failed ? t("locationFailed") : null}
            </p>
          </div>
          <DistanceSelect id="km" label={t("within")} distances={DISTANCES_KM} km={filters.km} unit={unit} labels={labels} />
          <FilterSelect
            id="time"
            name="time"
            label={t("timeOfDay")}
            defaultValue={filters.time ?? ""}
            options={[{ value: "", label: t("anyTime") }, ...TIME_CHOICES.map((value) => ({ value, label: timeLabels[value] }))]}
          />
          <FilterSelect
            id="age"
            name="age"
            label={t("age")}
            defaultValue={filters.age ?? ""}
            options={[{ value: "", label: t("anyAge") }, ...AGE_CHOICES.map((value) => ({ value, label: ageLabels[value] }))]}
          />
          <div className="flex items-end">
            <button type="submit" className={`${buttonClass} w-full`}>
              {t("showResults")}
            </button>
          </div>
        </div>
      </details>
    </form>
  );
}
