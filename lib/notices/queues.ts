import { RETRYING, type Queue } from "@/lib/jobs/queues";

/** One customer's stored webhook notifications: re-read imin, record notices. */
export const WEBHOOK_PROCESS: Queue = { name: "webhook-process", options: { policy: "standard", ...RETRYING, expireInSeconds: 300 } };

/** Notifications left unprocessed (received just before a restart, or whose job died). */
export const WEBHOOK_RECOVERY: Queue = { name: "webhook-recovery", options: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 } };

/** Change notices not yet emailed. */
export const NOTICE_MAIL: Queue = { name: "notice-mail", options: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 } };
