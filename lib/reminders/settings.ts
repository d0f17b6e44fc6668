import { getEnv } from "@/lib/env";

export interface ReminderSettings {
  /** How long before the start the reminder goes. */
  hoursBefore: number;
  /** Ceiling on the scan's imin calls. */
  callsPerSecond: number;
  /** Customers read at once. */
  concurrency: number;
  /** Customers signed in or signed up within these days are scanned. */
  activeDays: number;
  /** Pages of upcoming items read per customer (10 items a page). */
  maxPages: number;
}

export function reminderSettings(): ReminderSettings {
  const env = getEnv();
  return {
    hoursBefore: env.REMINDER_HOURS_BEFORE,
    callsPerSecond: env.REMINDER_SCAN_CALLS_PER_SECOND,
    concurrency: env.REMINDER_SCAN_CONCURRENCY,
    activeDays: 90,
    maxPages: 10,
  };
}
