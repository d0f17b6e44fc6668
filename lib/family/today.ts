import { venueDayKey } from "@/lib/time/venue-time";

/** Today's date in the UK (YYYY-MM-DD): the day a family member's age is counted on. */
export function londonToday(now: Date = new Date()): string {
  return venueDayKey(now.toISOString()) ?? now.toISOString().slice(0, 10);
}
