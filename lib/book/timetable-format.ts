import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

/** How the timetable writes days, times and distances. Pure: the server page and the browser alike. */

export type DistanceUnit = "mi" | "km";

const KM_PER_MILE = 1.609_344;

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: VENUE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const zoneName = new Intl.DateTimeFormat("en-GB", { timeZone: VENUE_TIME_ZONE, timeZoneName: "short" });
const dayParts = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });
const dayLong = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" });
const weekday = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short" });

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** "18:00" on the venue's clock. */
export function venueClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : clock.format(d);
}

/** "GMT" or "BST": the venue's zone on that instant (said once per day heading, not per row). */
export function venueZone(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return zoneName.formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** "Wed 9 Dec" for a calendar day, YYYY-MM-DD. */
export function shortDay(day: string): string {
  return dayParts.format(noon(day));
}

/** A day heading: "Today, Mon 7 Dec", "Tomorrow, Tue 8 Dec", "Wed 9 Dec". */
export function dayHeading(day: string, today: string): string {
  const offset = Math.round((noon(day).getTime() - noon(today).getTime()) / 86_400_000);
  if (offset === 0) return `Today, ${shortDay(day)}`;
  if (offset === 1) return `Tomorrow, ${shortDay(day)}`;
  return shortDay(day);
}

/** "Wednesday 9 December". */
export function dayFull(day: string): string {
  return dayLong.format(noon(day));
}

/** A date strip chip: "Wed" over "9". */
export function dayChip(day: string): { weekday: string; date: string } {
  return { weekday: weekday.format(noon(day)), date: String(noon(day).getUTCDate()) };
}

/** "1.2 mi" / "12 km". */
export function formatDistance(km: number, unit: DistanceUnit): string {
  const n = unit === "mi" ? km / KM_PER_MILE : km;
  return `${n < 10 ? n.toFixed(1) : Math.round(n)} ${unit}`;
}

/** A search radius as a choice: "6 miles" (rounded; the URL keeps kilometres) or "10 km". */
export function formatRadius(km: number, unit: DistanceUnit): string {
  if (unit === "km") return `${km} km`;
  const miles = Math.max(1, Math.round(km / KM_PER_MILE));
  return `${miles} ${miles === 1 ? "mile" : "miles"}`;
}
