import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** imin only lists UK sellers: a venue's local time is UK time. */
export const VENUE_TIME_ZONE = "Europe/London";

/** An instant seen on the venue's wall clock; ical-generator writes it with its TZID. */
export function venueDateTime(instant: Date | number | string, timeZone = VENUE_TIME_ZONE): TZDate {
  return new TZDate(typeof instant === "string" ? Date.parse(instant) : +instant, timeZone);
}

/** The venue's calendar day of an instant, "2026-11-25"; undefined for a missing or bad date. */
export function venueDayKey(iso: string | undefined, timeZone = VENUE_TIME_ZONE): string | undefined {
  if (!iso) return undefined;
  const date = venueDateTime(iso, timeZone);
  return Number.isNaN(date.getTime()) ? undefined : format(date, "yyyy-MM-dd");
}

/** The UTC instant of a venue wall-clock time on a calendar date ("2026-11-25", "23:59:59"). */
export function venueTimeToUtcIso(date: string, time = "00:00:00", timeZone = VENUE_TIME_ZONE): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm, ss] = time.split(":").map(Number);
  const zoned = new TZDate(y!, m! - 1, d!, hh ?? 0, mm ?? 0, ss ?? 0, timeZone);
  return new Date(zoned.getTime()).toISOString().replace(/\.000Z$/, "Z");
}

/**
 * Whole years from a calendar birth date ("1990-05-17") to the UK day of an instant (a birthday
 * starts at UK midnight, not UTC's); undefined if either is unreadable. Someone born on 29 February
 * turns a year older on 1 March in other years.
 */
export function ageOn(birthDate: string, instant: Date | string): number | undefined {
  const born = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate.trim());
  const at = new Date(instant);
  if (!born || Number.isNaN(at.getTime())) return undefined;
  const [year, month, day] = (venueDayKey(at.toISOString()) ?? "").split("-").map(Number) as [number, number, number];
  const hadBirthday = month > Number(born[2]) || (month === Number(born[2]) && day >= Number(born[3]));
  return year - Number(born[1]) - (hadBirthday ? 0 : 1);
}
