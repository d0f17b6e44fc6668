import "server-only";
import { and, eq, gt, like, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { signInAttempts, users } from "@/lib/db/schema";

/** Sign-in attempts (for the rate limits) and the cut-off that voids a login's sessions. */

export async function countRecentFailures(kind: "email" | "ip", key: string, since: Date) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.kind, kind),
        eq(signInAttempts.key, key),
        eq(signInAttempts.success, false),
        gt(signInAttempts.attemptedAt, since),
      ),
    );
  return row?.n ?? 0;
}

export async function recordSignInAttempt(entries: { kind: "email" | "ip"; key: string }[], success: boolean) {
  const db = await getDb();
  if (success) {
    // A successful sign-in forgives that email's earlier failures (not the address's).
    const email = entries.find((e) => e.kind === "email");
    if (email) {
      await db
        .delete(signInAttempts)
        .where(and(eq(signInAttempts.kind, "email"), eq(signInAttempts.key, email.key), eq(signInAttempts.success, false)));
    }
    return;
  }
  await db.insert(signInAttempts).values(entries.map((e) => ({ ...e, success })));
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.05) {
    await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, sql`now() - interval '1 day'`));
  }
}

/** Voids every session of this login that began before now (sign-out). */
export async function endSessions(userId: string) {
  const db = await getDb();
  await db.update(users).set({ sessionsValidFrom: sql`now()` }).where(eq(users.id, userId));
}

/** This email's failed attempts: per email, and per email+address (the pair key starts with the address). */
function emailFailures(email: string) {
  return and(
    eq(signInAttempts.success, false),
    or(
      and(eq(signInAttempts.kind, "email"), eq(signInAttempts.key, email)),
      and(eq(signInAttempts.kind, "email_ip"), like(signInAttempts.key, `${email.replace(/[\\%_]/g, (c) => `\\${c}`)}|%`)),
    ),
  );
}

/** Failed attempts on this email since `since`, per kind and key (the pair key names the address): for the staff console's lockout view. */
export async function failuresForEmail(email: string, since: Date) {
  const db = await getDb();
  return db
    .select({ kind: signInAttempts.kind, key: signInAttempts.key, attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(emailFailures(email), gt(signInAttempts.attemptedAt, since)))
    .orderBy(signInAttempts.attemptedAt);
}

/** Forgets this email's failed attempts (per email and per email+address): a staff member cleared the lockout. */
export async function clearEmailFailures(email: string): Promise<number> {
  const db = await getDb();
  const rows = await db.delete(signInAttempts).where(emailFailures(email)).returning({ id: signInAttempts.id });
  return rows.length;
}
