"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { dayOf, searchHref, windowDays, type SearchFilters } from "@/lib/book/search-state";
import { labelledDay, type TimetableLabels } from "@/lib/book/timetable-format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";

const chip =
  "flex min-h-11 min-w-12 shrink-0 flex-col items-center justify-center rounded-md border px-2 py-1 text-xs leading-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-outline";
const chosen = "border-brand bg-brand font-semibold text-on-brand";
const other = "border-gray-400 bg-white text-gray-900 hover:border-outline";

/**
 * The days of imin's window (today and the 13 after it, the venue's calendar): one link each (the
 * day is in the URL, so Back returns to it); "All" is every day. A plain click goes to `onDay`.
 */
export function DateStrip({
  filters,
  today,
  labels,
  onDay,
}: {
  filters: SearchFilters;
  today: string;
  labels: TimetableLabels;
  onDay: (day: string | undefined) => void;
}) {
  const t = useTranslations("book.search");
  const locale = useIntlLocale();
  const current = dayOf(filters);
  const ranged = !current && Boolean(filters.from || filters.to);
  const link = (day: string | undefined) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onDay(day);
  };
  return (
    <nav aria-label={t("day")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1.5 py-1">
        <li>
          <a
            href={searchHref({ ...filters, from: undefined, to: undefined, page: 1 })}
            onClick={link(undefined)}
            aria-current={!current && !ranged ? "true" : undefined}
            className={`${chip} ${!current && !ranged ? chosen : other}`}
          >
            {t.rich("allDays", { line: (chunks) => <span>{chunks}</span> })}
          </a>
        </li>
        {windowDays(today).map((day, i) => {
          const { weekday, full } = labelledDay(labels, day, locale);
          const date = String(Number(day.slice(8, 10)));
          const selected = day === current;
          return (
            <li key={day}>
              <a
                href={searchHref({ ...filters, from: day, to: day, page: 1 })}
                onClick={link(day)}
                aria-current={selected ? "date" : undefined}
                aria-label={i === 0 ? t("todayDate", { date: full }) : full}
                className={`${chip} ${selected ? chosen : other}`}
                data-day={day}
              >
                <span>{i === 0 ? t("today") : weekday}</span>
                <span className="text-sm font-semibold">{date}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
