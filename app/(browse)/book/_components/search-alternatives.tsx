"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { DISTANCES_KM, dayOf, searchHref, type SearchFilters, type SearchResults } from "@/lib/book/search-state";
import { type DistanceUnit, labelledDay, labelledRadius, type TimetableLabels } from "@/lib/book/timetable-format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";

const linkClass = "inline-flex min-h-11 items-center font-medium text-link underline underline-offset-4";

/** "Badminton is booked by the court": the Courts tab for a court activity asked for in Classes. */
export function CourtsOffer({ courts }: { courts: NonNullable<SearchResults["courts"]> }) {
  const t = useTranslations("book.search");
  return (
    <p className="mb-3 rounded-md border border-gray-300 bg-white px-3 py-1 text-sm" data-testid="courts-offer">
      {t("courtsOffer", { activity: courts.activity })}{" "}
      <Link href={courts.href} className={linkClass}>
        {t("courtsLink", { activity: courts.activity })}
      </Link>
    </p>
  );
}

/**
 * An empty search offers its nearest alternatives as links: other days that have sessions, a wider
 * distance, the filters dropped one at a time, and courts. A plain click goes to `onSearch`.
 */
export function SearchAlternatives({
  results,
  filters,
  unit,
  labels,
  onSearch,
}: {
  results: SearchResults;
  filters: SearchFilters;
  unit: DistanceUnit;
  labels: TimetableLabels;
  onSearch: (next: SearchFilters) => void;
}) {
  const t = useTranslations("book.search");
  const locale = useIntlLocale();
  const wider = DISTANCES_KM.find((km) => km > filters.km);
  const options: { key: string; label: string; next: SearchFilters }[] = [
    ...(results.otherDays ?? []).map(({ day, count }) => ({
      key: `day-${day}`,
      label:
        count >= 50
          ? t("dayOptionMany", { day: labelledDay(labels, day, locale).short })
          : t("dayOption", { day: labelledDay(labels, day, locale).short, count }),
      next: { ...filters, from: day, to: day, page: 1 },
    })),
    ...(dayOf(filters) && !results.otherDays?.length
      ? [{ key: "all-days", label: t("anyDay"), next: { ...filters, from: undefined, to: undefined, page: 1 } }]
      : []),
    ...(wider
      ? [
          {
            key: "wider",
            label: t("withinRadius", { radius: labelledRadius(labels, wider, unit, locale) }),
            next: { ...filters, km: wider, page: 1 },
          },
        ]
      : []),
    ...(filters.age ? [{ key: "age", label: t("allAges"), next: { ...filters, age: undefined, page: 1 } }] : []),
    ...(filters.time ? [{ key: "time", label: t("anyTimeOfDay"), next: { ...filters, time: undefined, page: 1 } }] : []),
    ...(filters.activity ? [{ key: "activity", label: t("anyActivity"), next: { ...filters, activity: undefined, page: 1 } }] : []),
  ];
  const follow = (next: SearchFilters) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSearch(next);
  };
  return (
    <div className="rounded-md border border-dashed border-gray-400 bg-white p-4 text-sm" data-testid="no-results">
      <p className="font-semibold">{t("noMatch")}</p>
      <p className="mt-1 text-gray-700">{t("tryThese")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-5">
        {options.map((o) => (
          <li key={o.key}>
            <a href={searchHref(o.next)} onClick={follow(o.next)} className={linkClass}>
              {o.label}
            </a>
          </li>
        ))}
        {results.courts ? null : (
          <li>
            <Link href="/book?tab=courts" className={linkClass}>
              {t("courts")}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
