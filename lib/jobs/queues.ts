import type PgBoss from "pg-boss";

/**
 * What a domain declares to run work in the background: its queues (with their retry policy) and a
 * handler for each. A job that fails `retryLimit` more times after the first (waits double from
 * `retryDelay` seconds) ends `failed` with its error kept, and a copy goes to the dead-letter queue,
 * which no worker takes: `npm run jobs` lists both.
 */

export const DEAD_LETTER = "dead-letter";

/** Four retries, 30 s apart and doubling, then the dead-letter queue. */
export const RETRYING = { retryLimit: 4, retryDelay: 30, retryBackoff: true, deadLetter: DEAD_LETTER } as const;

/**
 * A queue and its policy. `singleton`: one job of the queue active at a time across every instance
 * (a recurring pass never overlaps itself). `stately`: at most one queued job per singleton key.
 */
export interface Queue {
  name: string;
  options: Omit<PgBoss.Queue, "name">;
}

export interface JobSettings {
  /** How often upcoming bookings are scanned for reminders (REMINDER_SCAN_MINUTES). */
  scanMinutes: number;
}

export interface JobDefinition {
  queue: Queue;
  handle: (data: Record<string, unknown>) => Promise<unknown>;
  /** A recurring pass: its cron (server time). */
  every?: (settings: JobSettings) => string;
}
