"use client";

import type { FormEvent } from "react";
import { exactActivity } from "@/lib/book/activity-match";
import { AGE_GROUPS, DEFAULT_PAGE_SIZE, DISTANCES_KM, TIMES_OF_DAY, parseSearchParams, type SearchFilters } from "@/lib/book/search-state";
import { ActivityCombobox } from "./activity-combobox";
import { DistanceSelect, FilterSelect, filterInputClass as inputClass, filterLabelClass as labelClass } from "./filter-select";

export interface PlaceChoice {
  name: string;
  latitude: number;
  longitude: number;
  eventCount?: number;
}

/**
 * The search filters. A plain GET form to /book (works without JavaScript); with JavaScript the
 * new filters go to `onSearch` instead. `query` re-creates the form when the URL changes.
 */
export function SearchForm({
  filters,
  query,
  where,
  places,
  defaultPlace,
  activities,
  geolocation,
  onSearch,
}: {
  filters: SearchFilters;
  query: string;
  where: string;
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
  /** The activities imin lists (for suggestions); empty when they could not be read. */
  activities: readonly string[];
  geolocation: { locate: () => void; locating: boolean; message?: string; canLocate: boolean };
  onSearch: (next: SearchFilters) => void;
}) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = parseSearchParams(Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])));
    // The picker's "here" entry keeps a location found by the browser.
    if (form.get("near") === "current" && filters.lat !== undefined) {
      Object.assign(next, { lat: filters.lat, lng: filters.lng, where: filters.where });
    }
    // imin wants the activity's own label: "bad minton" searches Badminton.
    if (next.activity) next.activity = exactActivity(next.activity, activities) ?? next.activity;
    onSearch({ ...next, page: 1 });
  };
  const nearValue = filters.lat !== undefined ? "current" : `${defaultPlace.latitude},${defaultPlace.longitude}|${defaultPlace.name}`;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced in every browser; <search> is newer.
    <form key={query} action="/book" method="get" onSubmit={onSubmit} className="space-y-4" role="search">
      {filters.limit !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="limit" value={filters.limit} /> : null}
      <div className="space-y-1">
        <label htmlFor="near" className={labelClass}>
          Near
        </label>
        <select id="near" name="near" defaultValue={nearValue} className={inputClass}>
          {filters.lat !== undefined ? <option value="current">{where}</option> : null}
          <option value={`${defaultPlace.latitude},${defaultPlace.longitude}|${defaultPlace.name}`}>{defaultPlace.name}</option>
          {places.map((p) => (
            <option key={`${p.latitude},${p.longitude},${p.name}`} value={`${p.latitude},${p.longitude}|${p.name}`}>
              {p.name}
              {p.eventCount !== undefined ? ` (${p.eventCount} upcoming)` : ""}
            </option>
          ))}
        </select>
        {geolocation.canLocate ? (
          <button
            type="button"
            onClick={() => geolocation.locate()}
            className="mt-1 text-sm font-medium text-link underline underline-offset-4"
            disabled={geolocation.locating}
          >
            {geolocation.locating ? "Finding you…" : "Use my location"}
          </button>
        ) : null}
        <p role="status" className="text-sm text-red-700">
          {geolocation.message}
        </p>
      </div>
      <DistanceSelect id="km" distances={DISTANCES_KM} km={filters.km} />
      <div className="space-y-1">
        <label htmlFor="activity" className={labelClass}>
          Activity
        </label>
        <ActivityCombobox id="activity" name="activity" defaultValue={filters.activity ?? ""} labels={activities} className={inputClass} />
      </div>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className={`${labelClass} mb-1`}>Dates</legend>
        <div>
          <label htmlFor="from" className="block text-xs text-gray-700">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-xs text-gray-700">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
      </fieldset>
      <FilterSelect
        id="time"
        name="time"
        label="Time of day"
        defaultValue={filters.time ?? ""}
        options={[{ value: "", label: "Any time" }, ...Object.entries(TIMES_OF_DAY).map(([value, t]) => ({ value, label: t.label }))]}
      />
      <FilterSelect
        id="age"
        name="age"
        label="Age"
        defaultValue={filters.age ?? ""}
        options={[{ value: "", label: "Any age" }, ...Object.entries(AGE_GROUPS).map(([value, a]) => ({ value, label: a.label }))]}
      />
      <div className="flex items-start gap-2">
        <input
          id="swimgym"
          name="hf"
          type="checkbox"
          value="1"
          defaultChecked={filters.swimGym}
          className="mt-1 h-4 w-4"
          aria-describedby="swimgym-hint"
        />
        <div>
          <label htmlFor="swimgym" className="text-sm font-medium">
            Include swimming and gym
          </label>
          <p id="swimgym-hint" className="text-xs text-gray-700">
            Shows the swim and gym timetable, which is listed apart from classes.
          </p>
        </div>
      </div>
      <button
        type="submit"
        className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-on-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline"
      >
        Search
      </button>
    </form>
  );
}
