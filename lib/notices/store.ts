import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import { customerSnapshots, notices, webhookReceipts, type Notice } from "../db/schema";

/**
 * Webhook receipts, customer snapshots and notices. Receipts are the durable inbox: a notification
 * is stored before imin is answered and processed afterwards (or by the recovery pass after a restart).
 */

/** While unprocessed, a customer has at most one receipt waiting: repeats coalesce into it. */
function pendingKey(iminCustomerId: string) {
  return `pending:${iminCustomerId}`;
}

/** Stores a notification; returns false when one for this customer is already waiting. */
export async function storeReceipt(iminCustomerId: string, payload: unknown): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(webhookReceipts)
    .values({ iminCustomerId, dedupeKey: pendingKey(iminCustomerId), payload })
    .onConflictDoNothing({ target: webhookReceipts.dedupeKey })
    .returning({ id: webhookReceipts.id });
  return rows.length > 0;
}

/**
 * Takes the customer's unprocessed receipts for processing. Their pending key is released first, so
 * a notification that arrives while the account is being re-read is stored and processed after.
 */
export async function takeUnprocessedReceipts(iminCustomerId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .update(webhookReceipts)
    .set({ dedupeKey: sql`'taken:' || ${webhookReceipts.id}`, attempts: sql`${webhookReceipts.attempts} + 1` })
    .where(and(eq(webhookReceipts.iminCustomerId, iminCustomerId), isNull(webhookReceipts.processedAt)))
    .returning({ id: webhookReceipts.id });
  return rows.map((r) => r.id);
}

export async function hasUnprocessedReceipts(iminCustomerId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ id: webhookReceipts.id })
    .from(webhookReceipts)
    .where(and(eq(webhookReceipts.iminCustomerId, iminCustomerId), isNull(webhookReceipts.processedAt)))
    .limit(1);
  return rows.length > 0;
}

export async function markReceiptsProcessed(ids: string[], error?: string) {
  if (!ids.length) return;
  const db = await getDb();
  await db
    .update(webhookReceipts)
    .set(error === undefined ? { processedAt: sql`now()`, lastError: null } : { lastError: error.slice(0, 300) })
    .where(inArray(webhookReceipts.id, ids));
}

/** Customers with receipts still to process, oldest first (for the recovery pass). */
export async function customersWithUnprocessedReceipts(maxAttempts: number, limit = 50): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ iminCustomerId: webhookReceipts.iminCustomerId, receivedAt: webhookReceipts.receivedAt })
    .from(webhookReceipts)
    .where(and(isNull(webhookReceipts.processedAt), lt(webhookReceipts.attempts, maxAttempts)))
    .orderBy(asc(webhookReceipts.receivedAt))
    .limit(limit);
  return [...new Set(rows.map((r) => r.iminCustomerId))];
}

/** Receipts that failed too often are closed with their last error, so they are not retried forever. */
export async function giveUpOnReceipts(maxAttempts: number) {
  const db = await getDb();
  await db
    .update(webhookReceipts)
    .set({ processedAt: sql`now()`, dedupeKey: sql`'given-up:' || ${webhookReceipts.id}` })
    .where(and(isNull(webhookReceipts.processedAt), sql`${webhookReceipts.attempts} >= ${maxAttempts}`));
}

export interface StoredSnapshot {
  snapshot: unknown;
  takenAt: Date;
}

export async function getSnapshot(userId: string): Promise<StoredSnapshot | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ snapshot: customerSnapshots.snapshot, takenAt: customerSnapshots.takenAt })
    .from(customerSnapshots)
    .where(eq(customerSnapshots.userId, userId))
    .limit(1);
  return row;
}

/**
 * Replaces the snapshot only if it is still the one the caller read (`expected`), and adds the
 * notices in the same transaction. Returns false when another writer got there first.
 */
export async function saveSnapshotWithNotices(
  userId: string,
  expected: StoredSnapshot | undefined,
  snapshot: unknown,
  drafts: { kind: string; message: string; dedupeKey: string }[],
): Promise<boolean> {
  const db = await getDb();
  // Millisecond stamps (what a JS Date holds), always moving forward, so the compare-and-set works.
  const takenAt = new Date(Math.max(Date.now(), (expected?.takenAt.getTime() ?? 0) + 1));
  return db.transaction(async (tx) => {
    const written = expected
      ? await tx
          .update(customerSnapshots)
          .set({ snapshot, takenAt })
          .where(and(eq(customerSnapshots.userId, userId), eq(customerSnapshots.takenAt, expected.takenAt)))
          .returning({ userId: customerSnapshots.userId })
      : await tx
          .insert(customerSnapshots)
          .values({ userId, snapshot, takenAt })
          .onConflictDoNothing({ target: customerSnapshots.userId })
          .returning({ userId: customerSnapshots.userId });
    if (written.length === 0) return false;
    if (drafts.length) {
      await tx
        .insert(notices)
        .values(drafts.map((d) => ({ userId, kind: d.kind, message: d.message, dedupeKey: d.dedupeKey })))
        .onConflictDoNothing({ target: notices.dedupeKey });
    }
    return true;
  });
}

export async function openNotices(userId: string, limit = 10): Promise<Notice[]> {
  const db = await getDb();
  return db
    .select()
    .from(notices)
    .where(and(eq(notices.userId, userId), isNull(notices.dismissedAt)))
    .orderBy(desc(notices.createdAt))
    .limit(limit);
}

/** Dismisses one of the person's own notices (another person's id matches nothing). */
export async function dismissNotice(userId: string, noticeId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(notices)
    .set({ dismissedAt: sql`now()` })
    .where(and(eq(notices.id, noticeId), eq(notices.userId, userId), isNull(notices.dismissedAt)))
    .returning({ id: notices.id });
  return rows.length > 0;
}

/** The latest webhook receipts with their outcome, for the staff console (no payloads: they name customers). */
export async function latestReceipts(limit = 20) {
  const db = await getDb();
  return db
    .select({
      id: webhookReceipts.id,
      iminCustomerId: webhookReceipts.iminCustomerId,
      receivedAt: webhookReceipts.receivedAt,
      processedAt: webhookReceipts.processedAt,
      attempts: webhookReceipts.attempts,
      lastError: webhookReceipts.lastError,
    })
    .from(webhookReceipts)
    .orderBy(desc(webhookReceipts.receivedAt))
    .limit(limit);
}
