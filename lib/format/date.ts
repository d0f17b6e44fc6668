import type { IntlLocale } from "@/lib/i18n/locales";
import { VENUE_TIME_ZONE as DEFAULT_TIME_ZONE } from "@/lib/time/venue-time";
import { formatWords } from "./words";

/**
 * Dates and times for people: always in a named zone (the venue's), with the zone shown. Written
 * with the platform's formatter for the page's language (en-GB: "Sept", "BST"; cy-GB: "Medi",
 * "GMT+1"), which date-fns's locales do not match. Every function takes the locale last
 * (default en-GB; docs/features/languages.md).
 */

const DEFAULT_LOCALE: IntlLocale = "en-GB";

function parse(iso: string | undefined | null): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

// Building an Intl.DateTimeFormat costs milliseconds; a list of 50 sessions built 100 of them.
const formatters = new Map<string, Intl.DateTimeFormat>();
const knownZones = new Set<string>();

function safeZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  if (knownZones.has(timeZone)) return timeZone;
  try {
    new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone });
    knownZones.add(timeZone);
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function formatterFor(timeZone: string, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(key, fmt);
  }
  return fmt;
}

function parts(date: Date, timeZone: string, locale: string) {
  const fmt = formatterFor(timeZone, locale);
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]));
  return {
    day: `${p.weekday} ${p.day} ${p.month} ${p.year}`,
    time: `${p.hour}:${p.minute}`,
    zone: p.timeZoneName ?? timeZone,
  };
}

/** "Tue 24 Nov 2026" */
export function formatDate(iso: string | undefined | null, timeZone = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
  const d = parse(iso);
  if (!d) return formatWords(locale).dateToBeConfirmed;
  return parts(d, safeZone(timeZone), locale).day;
}

/** A calendar date with no time (e.g. a birth date "1990-05-17"): shown without zone shifts. */
export function formatCalendarDate(isoDate: string | undefined | null, locale: string = DEFAULT_LOCALE): string {
  if (!isoDate) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate.trim());
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(d);
}

/** "Tue 24 Nov 2026, 18:00 GMT" */
export function formatDateTime(iso: string | undefined | null, timeZone = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
  const d = parse(iso);
  if (!d) return formatWords(locale).dateToBeConfirmed;
  const p = parts(d, safeZone(timeZone), locale);
  return `${p.day}, ${p.time} ${p.zone}`;
}

/** "Tue 24 Nov 2026, 18:00–19:00 GMT"; spans over midnight name both days. */
export function formatDateTimeRange(
  startIso: string | undefined | null,
  endIso: string | undefined | null,
  timeZone = DEFAULT_TIME_ZONE,
  locale: string = DEFAULT_LOCALE,
): string {
  const start = parse(startIso);
  if (!start) return formatWords(locale).dateToBeConfirmed;
  const zone = safeZone(timeZone);
  const s = parts(start, zone, locale);
  const end = parse(endIso);
  if (!end || end.getTime() <= start.getTime()) return `${s.day}, ${s.time} ${s.zone}`;
  const e = parts(end, zone, locale);
  if (e.day === s.day) {
    return s.zone === e.zone ? `${s.day}, ${s.time}–${e.time} ${s.zone}` : `${s.day}, ${s.time} ${s.zone}–${e.time} ${e.zone}`;
  }
  return `${s.day}, ${s.time} ${s.zone} – ${e.day}, ${e.time} ${e.zone}`;
}

const unitFormatters = new Map<string, Intl.NumberFormat>();

function unit(value: number, name: "hour" | "minute", locale: string): string {
  const key = `${locale}|${name}`;
  let fmt = unitFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short" });
    unitFormatters.set(key, fmt);
  }
  return fmt.format(value);
}

function minutesText(totalMinutes: number, locale: string): string {
  const mins = Math.round(totalMinutes);
  if (!Number.isFinite(mins) || mins <= 0) return "";
  const h = Math.floor(mins / 60);
  const m = mins % 60;
  // English keeps the portal's "1 hr 30 min" (Intl's en-GB says "2 hrs 30 mins"); Welsh is Intl's ("1 awr 30 mun").
  if (locale !== DEFAULT_LOCALE) {
    return [h ? unit(h, "hour", locale) : "", m ? unit(m, "minute", locale) : ""].filter(Boolean).join(" ");
  }
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} hr`;
  return `${h} hr ${m} min`;
}

/**
 * "1 hr 30 min". Takes either two ISO instants or one ISO 8601 duration ("PT1H30M", with `endIso`
 * undefined). Returns "" when unknown.
 */
export function formatDuration(
  startOrDuration: string | undefined | null,
  endIso?: string | null,
  locale: string = DEFAULT_LOCALE,
): string {
  if (!startOrDuration) return "";
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(startOrDuration.trim());
  if (iso && endIso === undefined) {
    const [, d, h, m] = iso;
    return minutesText(Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(m ?? 0), locale);
  }
  const start = parse(startOrDuration);
  const end = parse(endIso);
  if (!start || !end) return "";
  return minutesText((end.getTime() - start.getTime()) / 60_000, locale);
}

/*
 * The one family of date formats, without the zone (say it once beside the times, `zoneNote`):
 * lists "Thu 10 Dec, 09:00", details "Thursday 10 December 2026, 09:00".
 */
const LIST_OPTIONS: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
const DETAIL_OPTIONS: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const familyFormatters = new Map<string, Intl.DateTimeFormat>();

function familyParts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions, locale: string) {
  const key = `${locale}|${timeZone}|${options.weekday}`;
  let fmt = familyFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { ...options, timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    familyFormatters.set(key, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]));
  const day = [p.weekday, p.day, p.month, p.year].filter(Boolean).join(" ");
  return `${day}, ${p.hour}:${p.minute}`;
}

/** In a list: "Thu 10 Dec, 09:00" (the venue's time, zone not named). */
export function formatListDateTime(iso: string | undefined | null, timeZone = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
  const d = parse(iso);
  return d ? familyParts(d, safeZone(timeZone), LIST_OPTIONS, locale) : formatWords(locale).dateToBeConfirmed;
}

/** On a details page: "Thursday 10 December 2026, 09:00" (the venue's time, zone not named). */
export function formatLongDateTime(iso: string | undefined | null, timeZone = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
  const d = parse(iso);
  return d ? familyParts(d, safeZone(timeZone), DETAIL_OPTIONS, locale) : formatWords(locale).dateToBeConfirmed;
}

/** The zone named once where times are shown: "Times are UK time (GMT)". */
export function zoneNote(iso: string | undefined | null, timeZone = DEFAULT_TIME_ZONE, locale: string = DEFAULT_LOCALE): string {
  const d = parse(iso) ?? new Date();
  const zone = safeZone(timeZone);
  const words = formatWords(locale);
  const place = zone === DEFAULT_TIME_ZONE ? words.ukTime : words.placeTime(zone.split("/").pop()?.replaceAll("_", " ") ?? zone);
  return words.zoneNote(place, parts(d, zone, locale).zone);
}
