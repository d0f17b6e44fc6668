import { venueDayKey } from "@/lib/time/venue-time";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function calendarDay(isoDate: string, allowInstant = true): [number, number, number] {
  const trimmed = isoDate.trim();
  // A bare calendar date is already a day; an instant becomes the day it falls on in the UK.
  const day = DAY.test(trimmed) ? trimmed : allowInstant && INSTANT.test(trimmed) ? venueDayKey(trimmed) : undefined;
  const m = day ? DAY.exec(day) : null;
  if (!m) throw new RangeError(`Not a date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whole years a person born on `birthDate` (YYYY-MM-DD) has on `isoDate` (a calendar date, or an
 * instant read as its Europe/London day). Someone born on 29 February turns a year older on
 * 1 March in other years, as UK law counts it. Negative before birth.
 */
export function ageOn(birthDate: string, isoDate: string): number {
  const [by, bm, bd] = calendarDay(birthDate, false);
  const [y, m, d] = calendarDay(isoDate);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
