import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataAttribution } from "@/components/attribution";
import { sessionHref, type SearchFilters, type SearchResults, type SessionSummary } from "@/lib/book/search-state";
import { type DistanceUnit, dayOffset, formatDistance, labelledDay, type TimetableLabels, venueClock } from "@/lib/book/timetable-format";
import { formatPrice } from "@/lib/format";
import { formatWords } from "@/lib/format/words";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import { venueDayKey } from "@/lib/time/venue-time";

/**
 * One page of results as a timetable: under a heading per day (which names the time zone once), one
 * row per session, the whole row one link to its page (carrying the search, for "Back to search").
 * Dimmed while a new search loads.
 */
export function SessionList({
  results,
  isValidating,
  filters,
  today,
  unit,
  labels,
}: {
  results?: SearchResults;
  isValidating: boolean;
  filters: SearchFilters;
  today: string;
  unit: DistanceUnit;
  labels: TimetableLabels;
}) {
  const t = useTranslations("book.search");
  const locale = useIntlLocale();
  const days = groupByDay(results?.items ?? []);
  // "Today, Mon 7 Dec", "Tomorrow, Tue 8 Dec", "Wed 9 Dec"; the zone once per day ("GMT").
  const heading = (day: string) => {
    const { short } = labelledDay(labels, day, locale);
    const offset = dayOffset(day, today);
    return offset === 0 ? t("todayDate", { date: short }) : offset === 1 ? t("tomorrowDate", { date: short }) : short;
  };
  return (
    <div className={isValidating ? "opacity-60" : undefined} data-testid="search-results">
      {days.map(({ day, items }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mb-4">
          <h3 id={`day-${day}`} className="flex items-baseline justify-between gap-2 py-1.5 text-sm font-semibold">
            <span>{day === "unknown" ? formatWords(locale).dateToBeConfirmed : heading(day)}</span>
            <span className="font-normal text-gray-700">
              {t("timesIn", { zone: (day !== "unknown" && labelledDay(labels, day, locale).zone) || formatWords(locale).ukTime })}
            </span>
          </h3>
          <ul className="divide-y divide-gray-200 overflow-hidden rounded-md border border-gray-300 bg-white">
            {items.map((s) => (
              <li key={s.sessionId}>
                <SessionRow session={s} filters={filters} unit={unit} />
              </li>
            ))}
          </ul>
          <DataAttribution sources={items.map((s) => s.source)} className="mt-1.5 px-1" />
        </section>
      ))}
    </div>
  );
}

function SessionRow({ session: s, filters, unit }: { session: SessionSummary; filters: SearchFilters; unit: DistanceUnit }) {
  const t = useTranslations("book.search");
  const locale = useIntlLocale();
  const end = s.endDate ? venueClock(s.endDate, locale) : "";
  return (
    // No prefetch: a page of 50 results would prefetch 50 session pages.
    <Link
      href={sessionHref(s.sessionId, filters)}
      prefetch={false}
      className="grid min-h-11 grid-cols-[3.25rem_1fr_auto] items-start gap-x-3 px-3 py-2.5 text-sm hover:bg-gray-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-outline"
    >
      <span className="tabular-nums">
        <span className="block font-semibold">{venueClock(s.startDate, locale)}</span>
        {end ? <span className="block text-xs text-gray-700">–{end}</span> : null}
      </span>
      <span className="min-w-0">
        <span className="block font-semibold text-link">{s.name}</span>
        <span className="block text-gray-700">
          {s.venue ?? t("venueToBeConfirmed")}
          {s.distanceKm !== undefined ? ` · ${formatDistance(s.distanceKm, unit, locale)}` : ""}
        </span>
      </span>
      <span className="text-right">
        <Price session={s} />
        <Availability session={s} />
      </span>
    </Link>
  );
}

function Price({ session: s }: { session: SessionSummary }) {
  const t = useTranslations("book.search");
  const locale = useIntlLocale();
  // cy-GB writes a price as en-GB does (£6.50), but a browser whose Intl lacks Welsh writes "£ 6.50":
  // the digits as en-GB, so the browser's render matches the server's; only "free" is worded.
  const price = (amount: number) => (amount === 0 ? formatWords(locale).free : formatPrice(amount, s.currency, "en-GB"));
  if (s.entitlementPrice !== undefined) {
    return (
      <>
        <span className="block font-semibold" data-testid="entitlement-price">
          {t(s.entitlementIndicative ? "yourPriceIndicative" : "yourPrice", { price: price(s.entitlementPrice) })}
        </span>
        {s.adultPrice !== undefined ? (
          <span className="block text-xs text-gray-700">{t("adultPrice", { price: price(s.adultPrice) })}</span>
        ) : null}
      </>
    );
  }
  if (s.adultPrice !== undefined) return <span className="block font-semibold">{price(s.adultPrice)}</span>;
  if (s.juniorPrice !== undefined) return <span className="block font-semibold">{t("juniorPrice", { price: price(s.juniorPrice) })}</span>;
  return <span className="block text-gray-700">{t("seePrices")}</span>;
}

function Availability({ session: s }: { session: SessionSummary }) {
  const t = useTranslations("book.search");
  if (s.booked) return <span className="block text-xs font-semibold text-green-800">{t("booked")}</span>;
  if (!s.bookable) {
    // A summary kept from before `unbookable` existed keeps its English reason.
    const reason = s.unbookable
      ? {
          cancelled: t("unbookable.cancelled"),
          started: t("unbookable.started"),
          full: t("unbookable.full"),
          offline: t("unbookable.notOnline"),
        }[s.unbookable]
      : s.reason;
    return <span className="block text-xs text-gray-700">{reason}</span>;
  }
  if (s.remaining === undefined) return null;
  if (s.remaining === 0) return <span className="block text-xs text-gray-700">{t("full")}</span>;
  return (
    <span className={`block text-xs ${s.remaining <= 3 ? "font-semibold text-gray-900" : "text-gray-700"}`}>
      {t(s.remaining <= 3 ? "spacesLeft" : "spaces", { count: s.remaining })}
    </span>
  );
}

function groupByDay(items: SessionSummary[]): { day: string; items: SessionSummary[] }[] {
  const days: { day: string; items: SessionSummary[] }[] = [];
  for (const s of items) {
    const day = venueDayKey(s.startDate) ?? "unknown";
    const last = days.at(-1);
    if (last?.day === day) last.items.push(s);
    else days.push({ day, items: [s] });
  }
  return days;
}
