import { formatWords } from "@/lib/format/words";
import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

/** Wall-clock labels for the grid, in the venue's time zone. Formatters are built once. */

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: VENUE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const zones = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(locale: string): Intl.DateTimeFormat {
  let fmt = zones.get(locale);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { timeZone: VENUE_TIME_ZONE, timeZoneName: "short" });
    zones.set(locale, fmt);
  }
  return fmt;
}

// A grid formats a few dozen distinct times thousands of times; Intl formatting is the cost.
const clockCache = new Map<string | number, string>();

/** "18:00"; "" for an unreadable date. */
export function wallClock(iso: string | number): string {
  let label = clockCache.get(iso);
  if (label === undefined) {
    const d = new Date(iso);
    label = Number.isNaN(d.getTime()) ? "" : clock.format(d);
    if (clockCache.size >= 5000) clockCache.clear();
    clockCache.set(iso, label);
  }
  return label;
}

/** "GMT" or "BST" at that instant, in the page's language (Welsh writes BST "GMT+1"). */
export function zoneAbbreviation(iso: string | number, locale = "en-GB"): string {
  const d = new Date(iso);
  const fallback = formatWords(locale).ukTime;
  if (Number.isNaN(d.getTime())) return fallback;
  return (
    zoneFormat(locale)
      .formatToParts(d)
      .find((p) => p.type === "timeZoneName")?.value ?? fallback
  );
}

/** Minutes of an ISO 8601 duration ("PT1H30M"); undefined when unreadable or zero. */
export function durationMinutes(iso: string | undefined): number | undefined {
  const m = iso ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:\d+(?:\.\d+)?S)?)?$/i.exec(iso.trim()) : null;
  if (!m) return undefined;
  const total = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return total > 0 ? total : undefined;
}
