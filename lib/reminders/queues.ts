import { RETRYING, type Queue } from "@/lib/jobs/queues";

/** Upcoming bookings of recently active customers: reminders scheduled, cancellations noticed. */
export const REMINDER_SCAN: Queue = {
  name: "reminder-scan",
  options: { policy: "singleton", ...RETRYING, retryLimit: 2, expireInSeconds: 1800 },
};

/** One booking's reminder, due some hours before it starts (one queued job per booking). */
export const REMINDER_SEND: Queue = { name: "reminder-send", options: { policy: "stately", ...RETRYING, expireInSeconds: 300 } };
