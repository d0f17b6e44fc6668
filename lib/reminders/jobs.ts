import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import type { JobDefinition } from "@/lib/jobs/queues";
import { REMINDER_SCAN, REMINDER_SEND } from "./queues";
import { scanUpcomingBookings } from "./scan";
import { sendReminder } from "./send";

/** The reminder jobs: a recurring scan that schedules one send per upcoming booking. */
export const reminderJobs: JobDefinition[] = [
  {
    queue: REMINDER_SCAN,
    handle: () => scanUpcomingBookings(),
    every: ({ scanMinutes }) => (scanMinutes === 1 ? "* * * * *" : `*/${scanMinutes} * * * *`),
  },
  {
    queue: REMINDER_SEND,
    // A job queued before jobs carried the language has none: the customer's stored choice is used.
    handle: (data) =>
      typeof data.itemId === "string"
        ? sendReminder(data.itemId, new Date(), isLocale(data.locale) ? data.locale : undefined)
        : Promise.resolve("no item"),
  },
];
