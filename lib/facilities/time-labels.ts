import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

/** Wall-clock labels for the grid, in the venue's time zone. Formatters are built once. */

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: VENUE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const zone = new Intl.DateTimeFormat("en-GB", { timeZone: VENUE_TIME_ZONE, timeZoneName: "short" });

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

/** "GMT" or "BST" at that instant. */
export function zoneAbbreviation(iso: string | number): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "UK time";
  return zone.formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "UK time";
}

/** Minutes of an ISO 8601 duration ("PT1H30M"); undefined when unreadable or zero. */
export function durationMinutes(iso: string | undefined): number | undefined {
  const m = iso ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:\d+(?:\.\d+)?S)?)?$/i.exec(iso.trim()) : null;
  if (!m) return undefined;
  const total = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return total > 0 ? total : undefined;
}
