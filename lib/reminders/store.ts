import "server-only";
import { and, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { signInAttempts, users, type User } from "@/lib/db/schema";
import { bookingReminders, notificationsSent, type BookingReminder } from "@/lib/db/schema-notifications";

/** Customers whose login was created or signed in during the last `days` days. */
export async function recentlyActiveUsers(days: number, now: Date): Promise<User[]> {
  const db = await getDb();
  const since = new Date(now.getTime() - days * 86_400_000);
  const signedIn = db
    .selectDistinct({ key: signInAttempts.key })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.kind, "email"), eq(signInAttempts.success, true), gt(signInAttempts.attemptedAt, since)));
  return db
    .select()
    .from(users)
    .where(and(eq(users.status, "active"), or(gt(users.createdAt, since), inArray(users.email, signedIn))));
}

export async function getReminder(itemId: string): Promise<BookingReminder | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(bookingReminders).where(eq(bookingReminders.itemId, itemId));
  return row;
}

/** The booking's reminder row, created `scheduled` the first time the booking is seen. */
export async function ensureReminder(values: {
  itemId: string;
  userId: string;
  orderId?: string;
  startsAt: Date;
  sendAt: Date;
}): Promise<BookingReminder> {
  const db = await getDb();
  await db.insert(bookingReminders).values(values).onConflictDoNothing({ target: bookingReminders.itemId });
  return (await getReminder(values.itemId))!;
}

/** Records the job that will send it, unless another scan got there first. */
export async function attachJob(itemId: string, jobId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(bookingReminders)
    .set({ jobId, updatedAt: new Date() })
    .where(and(eq(bookingReminders.itemId, itemId), isNull(bookingReminders.jobId)));
}

/** Moves a `scheduled` reminder on; returns false when it had already moved (sent or cancelled). */
export async function settleReminder(itemId: string, status: "sent" | "cancelled"): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(bookingReminders)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(bookingReminders.itemId, itemId), eq(bookingReminders.status, "scheduled")))
    .returning({ itemId: bookingReminders.itemId });
  return rows.length > 0;
}

/** Puts a reminder whose sending failed back to `scheduled`, so the job's retry sends it. */
export async function unsettleReminder(itemId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(bookingReminders)
    .set({ status: "scheduled", updatedAt: new Date() })
    .where(and(eq(bookingReminders.itemId, itemId), eq(bookingReminders.status, "sent")));
}

/** Claims a one-off email by its key; false when it was already sent (or is being sent). */
async function claimOneOff(dedupeKey: string, userId: string, kind: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(notificationsSent)
    .values({ dedupeKey, userId, kind })
    .onConflictDoNothing({ target: notificationsSent.dedupeKey })
    .returning({ key: notificationsSent.dedupeKey });
  return rows.length > 0;
}

async function releaseOneOff(dedupeKey: string): Promise<void> {
  const db = await getDb();
  await db.delete(notificationsSent).where(eq(notificationsSent.dedupeKey, dedupeKey));
}

/**
 * A one-off email at most once across instances: claims its key, then runs `send`, which says
 * whether it mailed (false: the customer turned these emails off; the key stays claimed). A failed
 * send releases the key, so a later pass tries again. False when the key was already claimed.
 */
export async function sendOneOff(dedupeKey: string, userId: string, kind: string, send: () => Promise<boolean>): Promise<boolean> {
  if (!(await claimOneOff(dedupeKey, userId, kind))) return false;
  try {
    return await send();
  } catch (error) {
    await releaseOneOff(dedupeKey);
    throw error;
  }
}
