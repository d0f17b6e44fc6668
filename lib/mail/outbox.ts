import { and, asc, eq, gt, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { mailOutbox, type OutboxMail } from "@/lib/db/schema";
import type { RenderedMail } from "./render";

/**
 * The outbox: a mail is stored before the first attempt and stays until the SMTP server accepted it,
 * so a failure, a crash or a restart never loses it. Failed attempts back off; after the last one
 * the mail is `failed` with its reason. A `sending` mail is claimed by one deliverer; a claim older
 * than CLAIM_MS (a deliverer that died mid-send) is taken again.
 */

/** Minutes before each retry: after the 1st failed attempt, the 2nd, … */
const RETRY_MINUTES = [1, 5, 15, 60, 180, 360] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
const CLAIM_MS = 5 * 60_000;

export async function enqueueMail(kind: string, to: string, mail: RenderedMail, now = new Date()): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(mailOutbox)
    .values({
      kind,
      toAddress: to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      attachments: mail.attachments,
      nextAttemptAt: now,
    })
    .returning({ id: mailOutbox.id });
  return row!.id;
}

function due(now: Date): SQL {
  return or(
    and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)),
    and(eq(mailOutbox.status, "sending"), lte(mailOutbox.lockedUntil, now)),
  )!;
}

/**
 * Marks due mail as `sending` and returns it: each row goes to exactly one caller, however many
 * deliverers run at once (the update re-checks the condition on the row it locks).
 */
export async function claimDueMail(now: Date, limit: number, id?: string): Promise<OutboxMail[]> {
  const db = await getDb();
  const candidates = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(id ? and(eq(mailOutbox.id, id), due(now)) : due(now))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ status: "sending", lockedUntil: new Date(now.getTime() + CLAIM_MS), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(and(inArray(mailOutbox.id, candidates), due(now)))
    .returning();
}

export async function markSent(id: string, now: Date): Promise<void> {
  const db = await getDb();
  // The body may hold a single-use link: once delivered, it is not kept.
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: now, lockedUntil: null, lastError: null, html: "", text: "", attachments: null })
    .where(eq(mailOutbox.id, id));
}

/** Records a failed attempt: the next try after the back-off, or `failed` when none is left. */
export async function markAttemptFailed(
  row: Pick<OutboxMail, "id" | "attempts">,
  reason: string,
  now: Date,
  permanent: boolean,
): Promise<{ status: "pending" | "failed"; nextAttemptAt?: Date }> {
  const db = await getDb();
  if (permanent || row.attempts >= MAX_ATTEMPTS) {
    await db.update(mailOutbox).set({ status: "failed", lockedUntil: null, lastError: reason }).where(eq(mailOutbox.id, row.id));
    return { status: "failed" };
  }
  const nextAttemptAt = new Date(now.getTime() + RETRY_MINUTES[row.attempts - 1]! * 60_000);
  await db
    .update(mailOutbox)
    .set({ status: "pending", lockedUntil: null, lastError: reason, nextAttemptAt })
    .where(eq(mailOutbox.id, row.id));
  return { status: "pending", nextAttemptAt };
}

/** How many mails of a kind went to an address since `since` (to keep a mail from becoming a flood). */
export async function countRecentMail(kind: string, toAddress: string, since: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, kind), eq(mailOutbox.toAddress, toAddress), gt(mailOutbox.createdAt, since)));
  return row?.n ?? 0;
}

/** The staff console's view of one address's mail, newest first (no bodies: they may hold a link). */
export async function outboxForAddress(toAddress: string, limit = 20) {
  const db = await getDb();
  return db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, toAddress))
    .orderBy(sql`${mailOutbox.createdAt} desc`)
    .limit(limit);
}

/** Broker-wide counts by status, for the staff console. */
export async function outboxCounts(): Promise<Record<OutboxMail["status"], number>> {
  const db = await getDb();
  const rows = await db.select({ status: mailOutbox.status, n: sql<number>`count(*)::int` }).from(mailOutbox).groupBy(mailOutbox.status);
  const out = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/** A failed mail to this address goes out again (its body is kept until it is sent): a fresh set of attempts, due now. */
export async function requeueFailedMail(id: string, toAddress: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(mailOutbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.toAddress, toAddress), eq(mailOutbox.status, "failed")))
    .returning({ id: mailOutbox.id });
  return rows.length === 1;
}
