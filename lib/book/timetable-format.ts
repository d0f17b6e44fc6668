import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

/**
 * How the timetable writes days, times and distances, in the page's language (`locale`, last and
 * "en-GB" by default, as lib/format). Pure: the server page and the browser alike.
 */

export type DistanceUnit = "mi" | "km";

const KM_PER_MILE = 1.609_344;

// Building an Intl formatter costs far more than using one: one per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, kind: "clock" | "zone" | "short" | "long" | "weekday"): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let fmt = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!fmt) {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      clock: { timeZone: VENUE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
      zone: { timeZone: VENUE_TIME_ZONE, timeZoneName: "short" },
      short: { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" },
      long: { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" },
      weekday: { timeZone: "UTC", weekday: "short" },
    };
    fmt = new Intl.DateTimeFormat(locale, options[kind]);
    formatters.set(key, fmt);
  }
  return fmt;
}

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const full = `${locale}|${key}`;
  let fmt = formatters.get(full) as Intl.NumberFormat | undefined;
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, options);
    formatters.set(full, fmt);
  }
  return fmt;
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * Intl's unit patterns put a no-break space between number and unit in some ICU builds (Chromium's)
 * and a plain one in others (Node's): one plain space, so the server's text and the browser's match.
 */
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** The weekday, day and month joined by spaces ("Wed 9 Dec", "Mer 9 Rhag"), as lib/format writes them. */
function joined(fmt: Intl.DateTimeFormat, date: Date): string {
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]));
  return [p.weekday, p.day, p.month].filter(Boolean).join(" ");
}

/** "18:00" on the venue's clock. */
export function venueClock(iso: string, locale = "en-GB"): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : dateFormat(locale, "clock").format(d);
}

/** "GMT" or "BST" ("GMT+1" in Welsh): the venue's zone on that instant (said once per day heading, not per row). */
export function venueZone(iso: string, locale = "en-GB"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return (
    dateFormat(locale, "zone")
      .formatToParts(d)
      .find((p) => p.type === "timeZoneName")?.value ?? ""
  );
}

/** "Wed 9 Dec" for a calendar day, YYYY-MM-DD ("Mer 9 Rhag" in Welsh). */
export function shortDay(day: string, locale = "en-GB"): string {
  return joined(dateFormat(locale, "short"), noon(day));
}

/** Days from `today` to `day` (both calendar days, YYYY-MM-DD). */
export function dayOffset(day: string, today: string): number {
  return Math.round((noon(day).getTime() - noon(today).getTime()) / 86_400_000);
}

const ENGLISH_DAYS = { today: (date: string) => `Today, ${date}`, tomorrow: (date: string) => `Tomorrow, ${date}` };

/** A day heading: "Today, Mon 7 Dec", "Tomorrow, Tue 8 Dec", "Wed 9 Dec"; `words` say today and tomorrow in the page's language. */
export function dayHeading(day: string, today: string, locale = "en-GB", words = ENGLISH_DAYS): string {
  const offset = dayOffset(day, today);
  if (offset === 0) return words.today(shortDay(day, locale));
  if (offset === 1) return words.tomorrow(shortDay(day, locale));
  return shortDay(day, locale);
}

/** "Wednesday 9 December" ("Dydd Mercher 9 Rhagfyr"). */
export function dayFull(day: string, locale = "en-GB"): string {
  return joined(dateFormat(locale, "long"), noon(day));
}

/** A date strip chip: "Wed" over "9". */
export function dayChip(day: string, locale = "en-GB"): { weekday: string; date: string } {
  return { weekday: dateFormat(locale, "weekday").format(noon(day)), date: String(noon(day).getUTCDate()) };
}

/** "1.2 mi" / "12 km". */
export function formatDistance(km: number, unit: DistanceUnit, locale = "en-GB"): string {
  const n = unit === "mi" ? km / KM_PER_MILE : km;
  const digits = n < 10 ? 1 : 0;
  return plainSpaces(
    numberFormat(locale, `${unit}|${digits}`, {
      style: "unit",
      unit: unit === "mi" ? "mile" : "kilometer",
      unitDisplay: "short",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n),
  );
}

/** A search radius as a choice: "6 miles" ("6 milltir"; rounded, the URL keeps kilometres) or "10 km". */
export function formatRadius(km: number, unit: DistanceUnit, locale = "en-GB"): string {
  if (unit === "km")
    return plainSpaces(numberFormat(locale, "km-radius", { style: "unit", unit: "kilometer", unitDisplay: "short" }).format(km));
  const miles = Math.max(1, Math.round(km / KM_PER_MILE));
  return plainSpaces(numberFormat(locale, "mi-radius", { style: "unit", unit: "mile", unitDisplay: "long" }).format(miles));
}

/**
 * The words of the timetable's days and distances, made by the server for the page's language and
 * passed to the browser's parts: a browser whose Intl lacks the language's data (some Chromium
 * builds format cy-GB in English) then shows, and hydrates, exactly the server's text.
 */
export interface TimetableLabels {
  /** Each day of the window (YYYY-MM-DD): "Mer 9 Rhag", "Dydd Mercher 9 Rhagfyr", "Mer", and its zone at noon ("GMT"). */
  days: Record<string, DayWords>;
  /** Each search radius in km: "6 milltir". */
  radius: Record<number, string>;
}

interface DayWords {
  short: string;
  full: string;
  weekday: string;
  zone: string;
}

function dayWords(day: string, locale: string): DayWords {
  return {
    short: shortDay(day, locale),
    full: dayFull(day, locale),
    weekday: dayChip(day, locale).weekday,
    zone: venueZone(`${day}T12:00:00Z`, locale),
  };
}

export function timetableLabels(
  days: readonly string[],
  distances: readonly number[],
  unit: DistanceUnit,
  locale: string,
): TimetableLabels {
  return {
    days: Object.fromEntries(days.map((day) => [day, dayWords(day, locale)])),
    radius: Object.fromEntries(distances.map((km) => [km, formatRadius(km, unit, locale)])),
  };
}

/** A day's words from the server's labels, or made here for a day outside them. */
export function labelledDay(labels: TimetableLabels | undefined, day: string, locale: string): DayWords {
  return labels?.days[day] ?? dayWords(day, locale);
}

/** A radius's words from the server's labels, or made here. */
export function labelledRadius(labels: TimetableLabels | undefined, km: number, unit: DistanceUnit, locale: string): string {
  return labels?.radius[km] ?? formatRadius(km, unit, locale);
}
