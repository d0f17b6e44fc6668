"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { parseSearchParams, searchHref, toSearchParams, type SearchFilters, type SearchResults } from "@/lib/book/search-state";
import { searchErrorText } from "@/lib/book/search-errors";
import { type DistanceUnit, labelledRadius, type TimetableLabels } from "@/lib/book/timetable-format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import { DateStrip } from "./date-strip";
import { CourtsOffer, SearchAlternatives } from "./search-alternatives";
import { SearchForm, type PlaceChoice } from "./search-form";
import { SearchPager } from "./search-pager";
import { SessionList } from "./session-list";
import { useGeolocation } from "./use-geolocation";
import { useSearchResults } from "./use-search-results";

export type { PlaceChoice } from "./search-form";

/**
 * /book's timetable: the search, the date strip and the results. The filters live in the URL
 * (history entries, no full loads), the results come from /api/search (the server's first render
 * included).
 */
export function BookSearch({
  initialQuery,
  initialResults,
  initialError,
  places,
  defaultPlace,
  activities,
  today,
  unit,
  labels,
  signedOut = false,
}: {
  initialQuery: string;
  initialResults?: SearchResults;
  initialError?: string;
  places: PlaceChoice[];
  defaultPlace: PlaceChoice;
  activities: readonly string[];
  /** The venue's calendar day at the server's render (YYYY-MM-DD): the date strip starts on it. */
  today: string;
  unit: DistanceUnit;
  /** The days' and distances' words, made by the server in the page's language. */
  labels: TimetableLabels;
  /** A visitor's search: imin's standard prices, said so. */
  signedOut?: boolean;
}) {
  const t = useTranslations("book.search");
  const tRoot = useTranslations();
  const locale = useIntlLocale();
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
    ({ latitude, longitude }, replace) => go({ ...filters, lat: latitude, lng: longitude, where: t("yourLocation"), page: 1 }, replace),
    filters.lat === undefined,
  );

  const where = filters.where ?? (filters.lat !== undefined ? t("chosenPlace") : defaultPlace.name);
  const failure = error ? searchErrorText(tRoot, error) : results ? undefined : initialError;
  const what = isValidating
    ? t("updating")
    : results?.total === undefined
      ? t("sessionsUnknown")
      : results.total >= 100
        ? t("sessionsAbout", { count: results.total })
        : t("sessions", { count: results.total });

  return (
    <div className="mx-auto max-w-3xl space-y-2">
      <SearchForm
        filters={filters}
        query={query}
        where={where}
        places={places}
        defaultPlace={defaultPlace}
        activities={activities}
        unit={unit}
        labels={labels}
        geolocation={geolocation}
        onSearch={(next) => go(next)}
      />
      <DateStrip filters={filters} today={today} labels={labels} onDay={(day) => go({ ...filters, from: day, to: day, page: 1 })} />

      <section aria-label={t("results")} aria-busy={isValidating}>
        <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="text-sm font-normal text-gray-700">
          <span role="status">{t("summary", { what, where, radius: labelledRadius(labels, filters.km, unit, locale) })}</span>
        </h2>
        {signedOut ? (
          <p className="text-sm text-gray-700" data-testid="member-prices-note">
            {t("memberPrices")}
          </p>
        ) : null}
        {failure ? (
          <div role="alert" className="my-2 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
            {failure}
          </div>
        ) : null}
        {results?.courts ? <CourtsOffer courts={results.courts} /> : null}
        {results && results.items.length === 0 ? (
          <SearchAlternatives results={results} filters={filters} unit={unit} labels={labels} onSearch={(next) => go(next)} />
        ) : null}
        <SessionList results={results} isValidating={isValidating} filters={filters} today={today} unit={unit} labels={labels} />
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
