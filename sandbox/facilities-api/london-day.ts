import { TZDate } from "@date-fns/tz";

/** The venues are all in the UK: a "calendar day" of the Facilities API is a Europe/London day. */
const VENUE_ZONE = "Europe/London";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VENUE_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** `YYYY-MM-DD` of the London day holding this instant. */
export function londonDayKey(ms: number): string {
  return dayFormat.format(new Date(ms));
}

/** The instant London's day `YYYY-MM-DD` starts (midnight local time), plus `minutes` into it. */
export function londonDayStartMs(dayKey: string, minutes = 0): number {
  const [y, m, d] = dayKey.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, VENUE_ZONE).getTime();
}

/** The day after `dayKey`. */
export function nextDayKey(dayKey: string): string {
  const [y, m, d] = dayKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
