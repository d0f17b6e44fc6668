import "server-only";
import { createHash, randomBytes } from "node:crypto";
import {
  findUsableAccountToken,
  insertAccountToken,
  recentAccountTokens,
  spendAccountToken,
  type TokenPurpose,
} from "@/lib/accounts/token-store";
import type { AccountToken } from "@/lib/db/schema";
import { CONFIRM_EMAIL_CHANGE_LINK_HOURS, RESET_PASSWORD_LINK_HOURS, VERIFY_EMAIL_LINK_HOURS } from "@/lib/mail/lifetimes";

export type { TokenPurpose } from "@/lib/accounts/token-store";

/** Hours each kind of mailed link works (the mail templates state the same numbers). */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  verify_email: VERIFY_EMAIL_LINK_HOURS,
  reset_password: RESET_PASSWORD_LINK_HOURS,
  change_email: CONFIRM_EMAIL_CHANGE_LINK_HOURS,
};

/** 32 random bytes, base64url: what a link carries. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only this digest is stored: a copy of the database cannot be turned into working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a single-use token for the login; returns the raw token (to be mailed, never stored or logged). */
export async function issueToken(input: { userId: string; purpose: TokenPurpose; newEmail?: string }, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await insertAccountToken({
    ...input,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_HOURS[input.purpose] * 3_600_000),
    now,
  });
  return token;
}

/** Spends the token and returns its row, or undefined when it is unknown, used, replaced or expired. */
export async function consumeToken(token: string, purpose: TokenPurpose, now = new Date()): Promise<AccountToken | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  return spendAccountToken(hashToken(token), purpose, now);
}

/** The token's row if it would be accepted now, without spending it. */
export async function peekToken(token: string, purpose: TokenPurpose, now = new Date()): Promise<AccountToken | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  return findUsableAccountToken(hashToken(token), purpose, now);
}

/** Whether the token would be accepted now, without spending it. */
export async function isTokenUsable(token: string, purpose: TokenPurpose, now = new Date()): Promise<boolean> {
  return Boolean(await peekToken(token, purpose, now));
}

export type SendAllowance = { ok: true } | { ok: false; retryAfterSeconds: number };

/** At most `perHour` links of a purpose per login per hour, and `gapSeconds` between two. */
export async function mayIssueToken(
  userId: string,
  purpose: TokenPurpose,
  limits: { perHour: number; gapSeconds: number },
  now = new Date(),
): Promise<SendAllowance> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const recent = await recentAccountTokens(userId, purpose, hourAgo);
  if (recent.latest) {
    const wait = Math.ceil((recent.latest.getTime() + limits.gapSeconds * 1000 - now.getTime()) / 1000);
    if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  }
  if (recent.count >= limits.perHour) return { ok: false, retryAfterSeconds: 3600 };
  return { ok: true };
}
