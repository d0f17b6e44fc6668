"use client";

import { useSearchParams } from "next/navigation";
import { useRef } from "react";
import { parseSearchParams, searchHref, toSearchParams, type SearchFilters, type SearchResults } from "@/lib/book/search-state";
import { SearchForm, type PlaceChoice } from "./search-form";
import { SearchPager } from "./search-pager";
import { SessionList } from "./session-list";
import { useGeolocation } from "./use-geolocation";
import { useSearchResults } from "./use-search-results";

export type { PlaceChoice } from "./search-form";

/**
 * /book's search: the filters live in the URL (history entries, no full loads), the results come
 * from /api/search (the server's first render included).
 */
export function BookSearch({
  initialQuery,
  initialResults,
  initialError,
  places,
  defaultPlace,
  activities,
}: {
  initialQuery: string;
  initialResults?: SearchResults;
  initialError?: string;
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
  activities: readonly string[];
}) {
  const params = useSearchParams();
  const filters = parseSearchParams(params);
  const query = toSearchParams(filters).toString();
  const { data: results, error, isValidating } = useSearchResults(query, { query: initialQuery, results: initialResults });
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: SearchFilters, replace = false) => {
    const href = searchHref(next);
    if (replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
  };
  const geolocation = useGeolocation(
    ({ latitude, longitude }, replace) => go({ ...filters, lat: latitude, lng: longitude, where: "Your location", page: 1 }, replace),
    filters.lat === undefined,
  );

  const where = filters.where ?? (filters.lat !== undefined ? "the chosen place" : defaultPlace.name);
  const failure = error?.message ?? (results ? undefined : initialError);

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="mb-3 text-lg font-semibold">
          Search
        </h2>
        <SearchForm
          filters={filters}
          query={query}
          where={where}
          places={places}
          defaultPlace={defaultPlace}
          activities={activities}
          geolocation={geolocation}
          onSearch={(next) => go(next)}
        />
      </section>

      <section aria-labelledby="results-heading" aria-busy={isValidating}>
        <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="text-lg font-semibold">
          {filters.swimGym ? "Sessions, swimming and gym" : "Sessions"} near {where}
        </h2>
        <p role="status" className="mb-3 min-h-5 text-sm text-gray-700">
          {isValidating ? "Updating results…" : results ? describeTotal(results) : ""}
        </p>
        {failure ? (
          <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
            {failure}
          </div>
        ) : null}
        <SessionList results={results} isValidating={isValidating} />
        <SearchPager
          results={results}
          filters={filters}
          onPage={(page) => {
            go({ ...filters, page });
            resultsHeading.current?.focus();
          }}
        />
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
