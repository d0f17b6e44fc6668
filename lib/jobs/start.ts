import "server-only";
import type PgBoss from "pg-boss";
import { deliverDueMail } from "@/lib/mail/deliver";
import { recoverUnprocessed } from "@/lib/notices";
import { getBoss } from "./boss";
import { mailNewNotices } from "./notice-mail";
import { QUEUES, SCHEDULES, type QueueName } from "./queues";
import { scanUpcomingBookings } from "./reminders/scan";
import { sendReminder } from "./reminders/send";
import { processWebhookJob } from "./webhook";

type Handler = (data: Record<string, unknown>) => Promise<unknown>;

const HANDLERS: Record<QueueName, Handler> = {
  [QUEUES.mailDelivery]: () => deliverDueMail(),
  [QUEUES.webhookProcess]: (data) => processWebhookJob(data),
  [QUEUES.webhookRecovery]: () => recoverUnprocessed(true),
  [QUEUES.reminderScan]: () => scanUpcomingBookings(),
  [QUEUES.reminderSend]: (data) => (typeof data.itemId === "string" ? sendReminder(data.itemId) : Promise.resolve("no item")),
  [QUEUES.noticeMail]: () => mailNewNotices(),
};

const STARTED = Symbol.for("imin-portal.job-workers");
type Holder = { [STARTED]?: Promise<PgBoss> };

/**
 * Starts this process's workers for every queue and (re)declares the recurring jobs. Each job goes
 * to one worker, whichever process it runs in; a failure is retried with back-off as its queue says.
 * `scanMinutes`: how often upcoming bookings are scanned for reminders.
 */
export function startJobWorkers(opts: { scanMinutes: number; pollingSeconds?: number }): Promise<PgBoss> {
  const holder = globalThis as Holder;
  holder[STARTED] ??= (async () => {
    const boss = await getBoss({ maintain: true });
    for (const [queue, handler] of Object.entries(HANDLERS)) {
      await boss.work<Record<string, unknown>>(queue, { pollingIntervalSeconds: opts.pollingSeconds ?? 2 }, async ([job]) => {
        try {
          return await handler(job!.data ?? {});
        } catch (error) {
          console.error(`jobs: ${queue} ${job!.id} failed (${error instanceof Error ? error.message.slice(0, 200) : "error"})`);
          throw error;
        }
      });
    }
    for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron(opts.scanMinutes));
    return boss;
  })().catch((e) => {
    delete holder[STARTED];
    throw e;
  });
  return holder[STARTED]!;
}
