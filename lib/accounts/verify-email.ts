import "server-only";
import { getUserByEmail, getUserById, markEmailVerified } from "@/lib/db/queries";
import type { User } from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send";
import { portalUrl } from "@/lib/portal-url";
import { type CreateResult, ensureCustomerAccount } from "./create-customer";
import { consumeToken, issueToken, mayIssueToken } from "./tokens";

/** Verification links per login: three resends an hour on top of the first, a minute apart. */
const RESEND_LIMITS = { perHour: 4, gapSeconds: 60 };

/** Mails a new verification link (earlier links stop working). */
export async function sendVerificationLink(user: User, now = new Date()) {
  const token = await issueToken({ userId: user.id, purpose: "verify_email" }, now);
  await sendMail("verify-email", user.email, {
    name: user.givenName ?? undefined,
    verifyUrl: portalUrl(`/verify-email?token=${token}`),
  });
}

/**
 * "Send the link again", asked for by address while signed out. Returns whether a link went out;
 * the page answers the same either way, so it tells nobody which addresses have accounts.
 */
export async function resendVerificationLink(email: string, now = new Date()): Promise<boolean> {
  const user = await getUserByEmail(email);
  if (!user || user.emailVerifiedAt) return false;
  if (!(await mayIssueToken(user.id, "verify_email", RESEND_LIMITS, now)).ok) return false;
  await sendVerificationLink(user, now);
  return true;
}

export type VerifyResult = { status: "invalid" } | { status: "verified"; account: CreateResult };

/** Opens a verification link: the address is confirmed and the imin Customer Account created. */
export async function verifyEmail(token: string, now = new Date()): Promise<VerifyResult> {
  const row = await consumeToken(token, "verify_email", now);
  if (!row) return { status: "invalid" };
  await markEmailVerified(row.userId, now);
  const user = await getUserById(row.userId);
  if (!user) return { status: "invalid" };
  return { status: "verified", account: await ensureCustomerAccount(user, { waitForOtherMs: 10_000 }) };
}
