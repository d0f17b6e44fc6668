import "server-only";
import type { User } from "@/lib/db/schema";
import type { Booking } from "@/lib/imin/order-types";
import { enqueue, getBoss } from "@/lib/jobs/boss";
import { recipientLocale } from "@/lib/mail/words";
import { REMINDER_SEND } from "./queues";
import type { ReminderSettings } from "./settings";
import { attachJob, ensureReminder, getReminder, settleReminder } from "./store";

/**
 * A booking's reminder: one row per booking (lib/db/schema-notifications.ts) and one queued
 * reminder-send job, due `hoursBefore` ahead (send.ts sends it). The scan schedules it; a
 * cancellation, by the customer (lib/bookings/cancel.ts) or seen by the scan, drops it.
 */

/**
 * The job that sends a booking's reminder: queued once per booking (the key), due `hoursBefore`
 * ahead, carrying the language the customer had chosen (the mail is written in it).
 */
export async function scheduleReminder(user: User, booking: Booking, startsAt: Date, now: Date, s: ReminderSettings): Promise<boolean> {
  const sendAt = new Date(Math.max(now.getTime(), startsAt.getTime() - s.hoursBefore * 3_600_000));
  const row = await ensureReminder({ itemId: booking.id, userId: user.id, orderId: booking.orderId, startsAt, sendAt });
  if (row.status !== "scheduled" || row.jobId) return false;
  const data = { itemId: booking.id, locale: recipientLocale(user.locale) };
  const jobId = await enqueue(REMINDER_SEND, data, { singletonKey: booking.id, startAfter: row.sendAt });
  if (!jobId) return false;
  await attachJob(booking.id, jobId);
  return true;
}

/** Drops a booking's scheduled reminder and its queued job; false when there was none to drop. */
export async function dropReminder(itemId: string): Promise<boolean> {
  const row = await getReminder(itemId);
  if (row?.status !== "scheduled" || !(await settleReminder(itemId, "cancelled"))) return false;
  if (row.jobId) await (await getBoss()).cancel(REMINDER_SEND.name, row.jobId);
  return true;
}
