"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from "react";
import useSWR from "swr";
import { formatDateTimeRange, formatPrice } from "@/lib/format";
import {
  AGE_GROUPS,
  DEFAULT_PAGE_SIZE,
  DISTANCES_KM,
  TIMES_OF_DAY,
  parseSearchParams,
  searchHref,
  toSearchParams,
  type SearchFilters,
  type SearchResults,
} from "@/lib/book/search-state";

export interface PlaceChoice {
  name: string;
  latitude: number;
  longitude: number;
  eventCount?: number;
}

/** Suggestions only: imin matches activity labels from the OpenActive activity list. */
const ACTIVITY_SUGGESTIONS = [
  "Aqua Aerobics", "Badminton", "Boxing", "Circuit Training", "Climbing", "Dance", "Football", "Gym",
  "Netball", "Pilates", "Running", "Spin", "Swimming", "Table Tennis", "Tennis", "Yoga", "Zumba",
];

class SearchFailed extends Error {}

async function fetchResults(url: string): Promise<SearchResults> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw new SearchFailed(body?.message ?? "The search could not be completed. Please try again.");
  return body as SearchResults;
}

const inputClass =
  "block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm text-gray-900 focus:border-outline focus:outline-2 focus:outline-outline";
const labelClass = "block text-sm font-medium";

export function BookSearch({
  initialQuery,
  initialResults,
  initialError,
  places,
  defaultPlace,
}: {
  initialQuery: string;
  initialResults?: SearchResults;
  initialError?: string;
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
}) {
  const params = useSearchParams();
  const filters = parseSearchParams(params);
  const query = toSearchParams(filters).toString();
  const key = `/api/search?${query}`;
  const { data, error, isValidating } = useSWR<SearchResults, Error>(key, fetchResults, {
    fallbackData: query === initialQuery ? initialResults : undefined,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  const [locating, setLocating] = useState(false);
  const [locationMessage, setLocationMessage] = useState<string>();
  const [canLocate, setCanLocate] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: SearchFilters, replace = false) => {
    const href = searchHref(next);
    if (replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
  };

  const locate = (replace = false) => {
    if (!("geolocation" in navigator)) return;
    setLocating(true);
    setLocationMessage(undefined);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        go({ ...filters, lat: pos.coords.latitude, lng: pos.coords.longitude, where: "Your location", page: 1 }, replace);
      },
      () => {
        setLocating(false);
        setLocationMessage("We couldn't get your location. Pick a place from the list instead.");
      },
      { maximumAge: 600_000, timeout: 10_000 },
    );
  };

  // Use the browser's location straight away only when the person has already allowed it.
  useEffect(() => {
    if (!("geolocation" in navigator)) return;
    setCanLocate(true);
    if (filters.lat !== undefined) return;
    navigator.permissions
      ?.query({ name: "geolocation" })
      .then((status) => {
        if (status.state === "granted") locate(true);
      })
      .catch(() => undefined);
    // Only on first mount: later searches keep whatever place the person chose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = parseSearchParams(
      Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])),
    );
    // The picker's "here" entry keeps a location found by the browser.
    if (form.get("near") === "current" && filters.lat !== undefined) {
      Object.assign(next, { lat: filters.lat, lng: filters.lng, where: filters.where });
    }
    go({ ...next, page: 1 });
  };

  const toPage = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go({ ...filters, page });
    resultsHeading.current?.focus();
  };

  const where = filters.where ?? (filters.lat !== undefined ? "the chosen place" : defaultPlace.name);
  const nearValue =
    filters.lat !== undefined ? "current" : `${defaultPlace.latitude},${defaultPlace.longitude}|${defaultPlace.name}`;
  const results = data;
  const failure = error?.message ?? (results ? undefined : initialError);

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="mb-3 text-lg font-semibold">
          Search
        </h2>
        <form key={query} action="/book" method="get" onSubmit={onSubmit} className="space-y-4" role="search">
          {filters.limit !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="limit" value={filters.limit} /> : null}
          <div className="space-y-1">
            <label htmlFor="near" className={labelClass}>
              Near
            </label>
            <select id="near" name="near" defaultValue={nearValue} className={inputClass}>
              {filters.lat !== undefined ? <option value="current">{where}</option> : null}
              <option value={`${defaultPlace.latitude},${defaultPlace.longitude}|${defaultPlace.name}`}>
                {defaultPlace.name}
              </option>
              {places.map((p) => (
                <option key={`${p.latitude},${p.longitude},${p.name}`} value={`${p.latitude},${p.longitude}|${p.name}`}>
                  {p.name}
                  {p.eventCount !== undefined ? ` (${p.eventCount} upcoming)` : ""}
                </option>
              ))}
            </select>
            {canLocate ? (
              <button
                type="button"
                onClick={() => locate()}
                className="mt-1 text-sm font-medium text-link underline underline-offset-4"
                disabled={locating}
              >
                {locating ? "Finding you…" : "Use my location"}
              </button>
            ) : null}
            <p role="status" className="text-sm text-red-700">
              {locationMessage}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="km" className={labelClass}>
              Within
            </label>
            <select id="km" name="km" defaultValue={String(filters.km)} className={inputClass}>
              {DISTANCES_KM.map((km) => (
                <option key={km} value={km}>
                  {km} km
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="activity" className={labelClass}>
              Activity
            </label>
            <input
              id="activity"
              name="activity"
              list="activity-suggestions"
              defaultValue={filters.activity ?? ""}
              placeholder="Any activity"
              className={inputClass}
            />
            <datalist id="activity-suggestions">
              {ACTIVITY_SUGGESTIONS.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
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
          <div className="space-y-1">
            <label htmlFor="time" className={labelClass}>
              Time of day
            </label>
            <select id="time" name="time" defaultValue={filters.time ?? ""} className={inputClass}>
              <option value="">Any time</option>
              {Object.entries(TIMES_OF_DAY).map(([value, t]) => (
                <option key={value} value={value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="age" className={labelClass}>
              Age
            </label>
            <select id="age" name="age" defaultValue={filters.age ?? ""} className={inputClass}>
              <option value="">Any age</option>
              {Object.entries(AGE_GROUPS).map(([value, a]) => (
                <option key={value} value={value}>
                  {a.label}
                </option>
              ))}
            </select>
          </div>
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
      </section>

      <section aria-labelledby="results-heading" aria-busy={isValidating}>
        <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="text-lg font-semibold">
          {filters.swimGym ? "Swimming and gym sessions" : "Sessions"} near {where}
        </h2>
        <p role="status" className="mb-3 min-h-5 text-sm text-gray-700">
          {isValidating
            ? "Updating results…"
            : results
              ? describeTotal(results)
              : ""}
        </p>
        {failure ? (
          <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
            {failure}
          </div>
        ) : null}
        {results && results.items.length === 0 ? (
          <p className="rounded-md border border-dashed border-gray-400 p-6 text-sm">
            No sessions match. Try a wider distance, other dates or fewer filters.
          </p>
        ) : null}
        <ul className={`space-y-3 ${isValidating ? "opacity-60" : ""}`} data-testid="search-results">
          {results?.items.map((s) => (
            <li key={`${s.sessionId}`} className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="text-base font-semibold">
                  {/* No prefetch: a page of 50 results would prefetch 50 session pages. */}
                  <Link
                    href={`/book/${encodeURIComponent(s.sessionId)}`}
                    prefetch={false}
                    className="text-link underline underline-offset-4"
                  >
                    {s.name}
                  </Link>
                </h3>
                {s.bookable ? (
                  <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">Bookable</span>
                ) : (
                  <span className="rounded-full bg-gray-100 px-2.5 py-0.5 text-xs font-semibold text-gray-900">{s.reason}</span>
                )}
              </div>
              <p className="text-sm text-gray-800">{s.activity}</p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-gray-700">When</dt>
                <dd>{formatDateTimeRange(s.startDate, s.endDate)}</dd>
                <dt className="text-gray-700">Where</dt>
                <dd>
                  {s.venue}
                  {s.locality ? `, ${s.locality}` : ""}
                  {s.distanceKm !== undefined ? ` · ${formatKm(s.distanceKm)} away` : ""}
                </dd>
                <dt className="text-gray-700">Price</dt>
                <dd>{describePrices(s.adultPrice, s.juniorPrice, s.currency)}</dd>
                {s.remaining !== undefined ? (
                  <>
                    <dt className="text-gray-700">Spaces</dt>
                    <dd>{s.remaining === 0 ? "None left" : `${s.remaining} left`}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
        {results && (results.page > 1 || results.hasNext) ? (
          <nav aria-label="Result pages" className="mt-4 flex items-center justify-between gap-4 text-sm">
            {results.page > 1 ? (
              <a href={searchHref({ ...filters, page: results.page - 1 })} onClick={toPage(results.page - 1)} className="font-medium text-link underline underline-offset-4" rel="prev">
                Previous page
              </a>
            ) : (
              <span />
            )}
            <span>
              Page {results.page}
              {results.totalPages ? ` of ${results.totalPages}` : ""}
            </span>
            {results.hasNext ? (
              <a href={searchHref({ ...filters, page: results.page + 1 })} onClick={toPage(results.page + 1)} className="font-medium text-link underline underline-offset-4" rel="next">
                Next page
              </a>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

function describeTotal(r: SearchResults): string {
  if (r.total === undefined) return "";
  if (r.total === 0) return "No sessions found";
  if (r.total >= 100) return `About ${r.total} sessions`;
  return `${r.total} ${r.total === 1 ? "session" : "sessions"}`;
}

function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

function describePrices(adult: number | undefined, junior: number | undefined, currency: string): string {
  const parts: string[] = [];
  if (adult !== undefined) parts.push(`Adult ${formatPrice(adult, currency)}`);
  if (junior !== undefined) parts.push(`Junior ${formatPrice(junior, currency)}`);
  return parts.length ? parts.join(" · ") : "See session for prices";
}
