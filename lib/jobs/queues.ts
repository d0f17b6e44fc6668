import type PgBoss from "pg-boss";

/**
 * Every queue the portal runs, with its retry policy. A job that fails `retryLimit` more times after
 * the first (waits double from `retryDelay` seconds) ends `failed` with its error kept, and a copy
 * goes to the dead-letter queue, which no worker takes: `npm run jobs` lists both.
 */

export const DEAD_LETTER = "dead-letter";

export const QUEUES = {
  /** Mail whose first attempt failed, retried from the outbox (which keeps its own back-off). */
  mailDelivery: "mail-delivery",
  /** One customer's stored webhook notifications: re-read imin, record notices. */
  webhookProcess: "webhook-process",
  /** Notifications left unprocessed (received just before a restart, or whose job died). */
  webhookRecovery: "webhook-recovery",
  /** Upcoming bookings of recently active customers: reminders scheduled, cancellations noticed. */
  reminderScan: "reminder-scan",
  /** One booking's reminder, due some hours before it starts. */
  reminderSend: "reminder-send",
  /** Change notices not yet emailed. */
  noticeMail: "notice-mail",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const retrying = { retryLimit: 4, retryDelay: 30, retryBackoff: true, deadLetter: DEAD_LETTER };

/**
 * `singleton`: one job of the queue active at a time across every instance (a recurring pass never
 * overlaps itself). `stately`: at most one queued job per singleton key (one reminder per booking).
 */
export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, "name">> = {
  [QUEUES.mailDelivery]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
  [QUEUES.webhookProcess]: { policy: "standard", ...retrying, expireInSeconds: 300 },
  [QUEUES.webhookRecovery]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
  [QUEUES.reminderScan]: { policy: "singleton", ...retrying, retryLimit: 2, expireInSeconds: 1800 },
  [QUEUES.reminderSend]: { policy: "stately", ...retrying, expireInSeconds: 300 },
  [QUEUES.noticeMail]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
};

/** Recurring passes (cron, server time). */
export const SCHEDULES: { queue: QueueName; cron: (scanMinutes: number) => string }[] = [
  { queue: QUEUES.mailDelivery, cron: () => "* * * * *" },
  { queue: QUEUES.webhookRecovery, cron: () => "* * * * *" },
  { queue: QUEUES.noticeMail, cron: () => "* * * * *" },
  { queue: QUEUES.reminderScan, cron: (m) => (m === 1 ? "* * * * *" : `*/${m} * * * *`) },
];
