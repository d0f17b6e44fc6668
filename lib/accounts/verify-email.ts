import "server-only";
import { verifyLogin } from "@/lib/auth/verify-login";
import { getUserByEmail, getUserById, markEmailVerified, markEmailVerifiedByBrowser } from "@/lib/accounts/store";
import type { User } from "@/lib/db/schema";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { type CreateResult, ensureCustomerAccount } from "./create-customer";
import { signUpBrowserMatches } from "./sign-up-browser";
import { consumeToken, hashToken, issueToken, mayIssueToken, peekToken } from "./tokens";

/** Verification links per login: three resends an hour on top of the first, a minute apart. */
const RESEND_LIMITS = { perHour: 4, gapSeconds: 60 };

/**
 * Mails a new verification link (earlier links stop working). It holds no limit of its own: the
 * caller checks one first (`sendVerificationLinkWithinLimits`, or the staff console's). The mail
 * carries no name: the address is not confirmed, and whatever was typed at sign-up is not shown to
 * its owner. Written in the login's stored language, else `requestLocale` (the asking page's).
 */
export async function sendVerificationLink(user: User, now = new Date(), returnPath?: string, requestLocale?: Locale) {
  const token = await issueToken({ userId: user.id, purpose: "verify_email" }, now);
  // The page to come back to after confirming (a public session page): the callbackUrl checks, or none.
  const next = returnPath ? safeCallbackPath(returnPath, "") : "";
  const query = next ? `&next=${encodeURIComponent(next)}` : "";
  const locale = recipientLocale(user.locale, requestLocale);
  await sendMail("verify-email", user.email, { verifyUrl: mailPortalUrl(`/verify-email?token=${token}${query}`, locale) }, { locale });
}

/** A verification link within RESEND_LIMITS, whoever asks (a sign-up or the resend form). Returns whether it went out. */
export async function sendVerificationLinkWithinLimits(
  user: User,
  now = new Date(),
  returnPath?: string,
  requestLocale?: Locale,
): Promise<boolean> {
  if (!(await mayIssueToken(user.id, "verify_email", RESEND_LIMITS, now)).ok) return false;
  await sendVerificationLink(user, now, returnPath, requestLocale);
  return true;
}

/**
 * "Send the link again", asked for by address while signed out. Returns whether a link went out;
 * the page answers the same either way, so it tells nobody which addresses have accounts.
 */
export async function resendVerificationLink(
  email: string,
  now = new Date(),
  requestLocale?: Locale,
  returnPath?: string,
): Promise<boolean> {
  const user = await getUserByEmail(email);
  if (!user || user.emailVerifiedAt) return false;
  return sendVerificationLinkWithinLimits(user, now, returnPath, requestLocale);
}

export type VerifyResult =
  | { status: "invalid" }
  /** The password is not the one chosen at sign-up (or too many tries): nothing changed, the link still works. */
  | { status: "refused"; reason: "invalid" | "rate_limited" }
  | { status: "verified"; account: CreateResult };

/**
 * Confirms the address behind a verification link, and creates the imin Customer Account, only for
 * the password chosen at sign-up. The link alone is not enough: anyone can sign up with someone
 * else's address, and if its owner clicked "confirm" the login would be confirmed with the
 * stranger's password (account pre-hijacking). The password goes through `verifyLogin`, so wrong
 * ones count toward the sign-in limits; the token is spent only after the right one.
 */
export async function verifyEmail(input: { token: string; password: string; ip: string }, now = new Date()): Promise<VerifyResult> {
  const pending = await peekToken(input.token, "verify_email", now);
  const owner = pending && (await getUserById(pending.userId));
  if (!owner) return { status: "invalid" };
  const check = await verifyLogin(owner.email, input.password, input.ip, { now });
  if (!check.ok) return { status: "refused", reason: check.reason };
  const row = await consumeToken(input.token, "verify_email", now);
  if (row?.userId !== owner.id) return { status: "invalid" };
  await markEmailVerified(owner.id, check.user.passwordHash, now);
  const user = await getUserById(owner.id);
  // Still unconfirmed: a new sign-up replaced the password after the check (its own link was mailed).
  if (!user?.emailVerifiedAt) return { status: "invalid" };
  return { status: "verified", account: await ensureCustomerAccount(user, { waitForOtherMs: 10_000 }) };
}

/**
 * Whether this link, opened in this browser, confirms without the password: the browser holds the
 * cookie of the sign-up whose password the login has (lib/accounts/sign-up-browser.ts). Spends nothing.
 */
export async function signUpBrowserMayConfirm(token: string, browserSecret: string | undefined, now = new Date()): Promise<boolean> {
  if (!browserSecret) return false;
  const pending = await peekToken(token, "verify_email", now);
  const owner = pending && (await getUserById(pending.userId));
  return Boolean(owner && signUpBrowserMatches(owner, browserSecret, now));
}

export type BrowserVerifyResult =
  | { status: "invalid" }
  /** Not the browser that signed up (no cookie, another one, or expired): the password is asked for instead; nothing spent. */
  | { status: "not-this-browser" }
  | { status: "verified"; user: User; account: CreateResult };

/**
 * Confirms the address for the browser that signed up, without the password: the link (the
 * mailbox) and that browser's cookie (the person who chose the password) together. The cookie is
 * bound only to the sign-up whose password the login holds, so a stranger's later sign-up for the
 * address never confirms it; a stranger's earlier one is bound to the stranger's browser, which
 * never gets the link. Link and binding are both spent; the caller then starts the session.
 */
export async function verifyEmailInSigningUpBrowser(
  input: { token: string; browserSecret: string | undefined },
  now = new Date(),
): Promise<BrowserVerifyResult> {
  const pending = await peekToken(input.token, "verify_email", now);
  const owner = pending && (await getUserById(pending.userId));
  if (!owner) return { status: "invalid" };
  if (!input.browserSecret || !signUpBrowserMatches(owner, input.browserSecret, now)) return { status: "not-this-browser" };
  const row = await consumeToken(input.token, "verify_email", now);
  if (row?.userId !== owner.id) return { status: "invalid" };
  const binding = { browserHash: hashToken(input.browserSecret), passwordHash: owner.passwordHash };
  if (!(await markEmailVerifiedByBrowser(owner.id, binding, now))) return { status: "invalid" };
  const account = await ensureCustomerAccount((await getUserById(owner.id))!, { waitForOtherMs: 10_000 });
  const user = await getUserById(owner.id);
  if (!user) return { status: "invalid" };
  return { status: "verified", user, account };
}
