import "server-only";
import { and, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { signInAttempts } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

/**
 * Password-guessing limits, kept in the database so they hold across instances and restarts.
 * Every check of a password goes through lib/auth/verify-login.ts, which calls these.
 *
 * Within SIGN_IN_WINDOW_MINUTES (15), failed attempts count three ways:
 * - per address (SIGN_IN_MAX_FAILURES_PER_IP, 30): past it, that address may not try any email;
 * - per email + address pair (SIGN_IN_MAX_FAILURES_PER_EMAIL, 5): past it, that address may not
 *   try that email. The owner, on another address, is not affected;
 * - per email, from any address: no lockout (a stranger could otherwise lock the owner out), but
 *   once it reaches the same limit each further attempt on that email waits 0.5 s × 2^(failures −
 *   limit), at most 8 s, before the password is even checked.
 * A success forgives that email+address pair's failures. A blocked attempt is answered at once,
 * without looking at the password, the same way whether or not the email has an account.
 */

const MAX_DELAY_MS = 8_000;
const BASE_DELAY_MS = 500;

export const RATE_LIMITED_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes, then try again.";

function limits() {
  const env = getEnv();
  return {
    perEmail: env.SIGN_IN_MAX_FAILURES_PER_EMAIL,
    perIp: env.SIGN_IN_MAX_FAILURES_PER_IP,
    windowMinutes: env.SIGN_IN_WINDOW_MINUTES,
  };
}

const pairKey = (email: string, ip: string) => `${email}|${ip}`;

/** The delay before the next attempt on an email that has failed `failures` times in the window. */
export function emailDelayMs(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - limit));
}

export type AttemptTicket =
  | { blocked: true }
  | {
      blocked: false;
      /** Wait this long before checking the password (the per-email slow-down). */
      delayMs: number;
      /** The rows recorded for this attempt (as a failure until `succeed`). */
      ids: string[];
    };

/**
 * Opens an attempt: records it as a failure first (so parallel attempts see each other), then
 * counts. Over a limit: the attempt is withdrawn and refused.
 */
export async function beginAttempt(email: string, ip: string, now = new Date()): Promise<AttemptTicket> {
  const { perEmail, perIp, windowMinutes } = limits();
  const db = await getDb();
  const pair = pairKey(email, ip);
  const rows = await db
    .insert(signInAttempts)
    .values([
      { kind: "email" as const, key: email, attemptedAt: now, success: false },
      { kind: "ip" as const, key: ip, attemptedAt: now, success: false },
      { kind: "email_ip" as const, key: pair, attemptedAt: now, success: false },
    ])
    .returning({ id: signInAttempts.id });
  const ids = rows.map((r) => r.id);
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const [counts] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInAttempts.kind} = 'email')::int`,
      byIp: sql<number>`count(*) filter (where ${signInAttempts.kind} = 'ip')::int`,
      byPair: sql<number>`count(*) filter (where ${signInAttempts.kind} = 'email_ip')::int`,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.success, false),
        gt(signInAttempts.attemptedAt, since),
        or(
          and(eq(signInAttempts.kind, "email"), eq(signInAttempts.key, email)),
          and(eq(signInAttempts.kind, "ip"), eq(signInAttempts.key, ip)),
          and(eq(signInAttempts.kind, "email_ip"), eq(signInAttempts.key, pair)),
        ),
      ),
    );
  // The counts include this attempt.
  const byIp = (counts?.byIp ?? 1) - 1;
  const byPair = (counts?.byPair ?? 1) - 1;
  const byEmail = (counts?.byEmail ?? 1) - 1;
  if (byIp >= perIp || byPair >= perEmail) {
    await db.delete(signInAttempts).where(inArray(signInAttempts.id, ids));
    return { blocked: true };
  }
  if (Math.random() < 0.02) {
    // Keep the table small.
    await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - 86_400_000)));
  }
  return { blocked: false, delayMs: emailDelayMs(byEmail, perEmail), ids };
}

/** The password was right: the attempt counts as a success and the pair's failures are forgiven. */
export async function succeedAttempt(ids: string[], email: string, ip: string) {
  const db = await getDb();
  await db.update(signInAttempts).set({ success: true }).where(inArray(signInAttempts.id, ids));
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.kind, "email_ip"), eq(signInAttempts.key, pairKey(email, ip)), eq(signInAttempts.success, false)));
}

/**
 * Sign-ups within an hour, counted before any password is hashed (a refused submit costs two small
 * queries): per client address (SIGN_UP_MAX_PER_IP_PER_HOUR, 30; addresses behind a carrier-grade
 * NAT share it), and per email (5) whatever becomes of it, so the count says nothing about
 * whether the address has an account. The verification mails themselves have the resend form's limit
 * (lib/accounts/verify-email.ts).
 */
const SIGN_UP_PER_EMAIL_PER_HOUR = 5;

export type SignUpAllowance = { ok: true } | { ok: false; by: "ip" | "email" };

/** Records a sign-up submit and says whether it may go on; a refused one is withdrawn (it costs the budget nothing). */
export async function beginSignUp(email: string, ip: string, now = new Date()): Promise<SignUpAllowance> {
  const db = await getDb();
  const rows = await db
    .insert(signInAttempts)
    .values([
      { kind: "sign_up_ip" as const, key: ip, attemptedAt: now },
      { kind: "sign_up_email" as const, key: email, attemptedAt: now },
    ])
    .returning({ id: signInAttempts.id });
  const since = new Date(now.getTime() - 3_600_000);
  const [counts] = await db
    .select({
      byIp: sql<number>`count(*) filter (where ${signInAttempts.kind} = 'sign_up_ip')::int`,
      byEmail: sql<number>`count(*) filter (where ${signInAttempts.kind} = 'sign_up_email')::int`,
    })
    .from(signInAttempts)
    .where(
      and(
        gt(signInAttempts.attemptedAt, since),
        or(
          and(eq(signInAttempts.kind, "sign_up_ip"), eq(signInAttempts.key, ip)),
          and(eq(signInAttempts.kind, "sign_up_email"), eq(signInAttempts.key, email)),
        ),
      ),
    );
  // The counts include this submit.
  const by =
    (counts?.byIp ?? 1) > getEnv().SIGN_UP_MAX_PER_IP_PER_HOUR
      ? "ip"
      : (counts?.byEmail ?? 1) > SIGN_UP_PER_EMAIL_PER_HOUR
        ? "email"
        : undefined;
  if (!by) return { ok: true };
  await db.delete(signInAttempts).where(
    inArray(
      signInAttempts.id,
      rows.map((r) => r.id),
    ),
  );
  return { ok: false, by };
}
