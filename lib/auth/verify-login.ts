import "server-only";
import { headers } from "next/headers";
import { getUserByEmail } from "@/lib/accounts/store";
import type { User } from "@/lib/db/schema";
import { signInOutcome } from "@/lib/observability/sign-in";
import { clientIp } from "./client-ip";
import { verifyAgainstDummy, verifyPasswordHash } from "./password";
import { RATE_LIMITED_MESSAGE, beginAttempt, succeedAttempt } from "./rate-limit";

export type LoginCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "rate_limited"; message: string };

const WRONG_CREDENTIALS = "The email or password is not right. Check them and try again.";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The one place a password is accepted (sign-in form, Auth.js `authorize`, and — through
 * `verifyPassword` — re-checks before a sensitive change). It checks and records the rate limits
 * (lib/auth/rate-limit.ts), waits the per-email delay, then verifies the argon2id hash (against a
 * dummy hash when the email is unknown, so timing says nothing). The user's status (pending,
 * unverified) is for the caller to judge: a correct password is all this answers.
 */
export async function verifyLogin(
  email: string,
  password: string,
  ip: string,
  opts: { now?: Date; sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<LoginCheck> {
  const normalized = email.trim().toLowerCase();
  const ticket = await beginAttempt(normalized, ip, opts.now);
  if (ticket.blocked) return signInOutcome("locked", { ok: false, reason: "rate_limited", message: RATE_LIMITED_MESSAGE });
  if (ticket.delayMs > 0) await (opts.sleep ?? sleep)(ticket.delayMs);
  const user = normalized && password ? await getUserByEmail(normalized) : undefined;
  const ok = user ? await verifyPasswordHash(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!ok || !user) return signInOutcome("failure", { ok: false, reason: "invalid", message: WRONG_CREDENTIALS });
  await succeedAttempt(ticket.ids, normalized, ip);
  return signInOutcome("success", { ok: true, user });
}

export type PasswordRecheck = { ok: true } | { ok: false; reason: "invalid" | "rate_limited"; message: string };

/**
 * Re-checks a signed-in person's current password (password or email change, deletion) under
 * the same limits as sign-in: a wrong password here is a failed sign-in for their email from
 * this address. `ip` defaults to the current request's client address.
 */
export async function verifyPassword(user: { email: string }, password: string, ip?: string): Promise<PasswordRecheck> {
  const address = ip ?? clientIp(await headers());
  const result = await verifyLogin(user.email, password, address);
  if (result.ok) return { ok: true };
  return {
    ok: false,
    reason: result.reason,
    message: result.reason === "rate_limited" ? RATE_LIMITED_MESSAGE : "That is not your current password.",
  };
}
