import "server-only";
import { and, eq, gt, gte, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { loginSessions, type User, users } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { decodeSessionCookie, resolveSession, sessionCookieName } from "@/lib/auth/sessions";

/**
 * The provider never keeps a sign-in of its own: each authorization request asks the portal's
 * session (its cookie, resolved server-side, so a revoked session counts as signed out) who the
 * customer is. The provider session's `loginTs` is the portal session's start, which ties tokens
 * to that portal session (liveSessionStartedAt).
 */
export interface PortalSignIn {
  /** The imin Customer Account identifier: the provider's account id and `sub`. */
  accountId: string;
  userId: string;
  /** Seconds since the epoch: when the portal session began (auth_time). */
  loginTs: number;
}

const DAY_MS = 86_400_000;

/** A login the provider can speak for: its imin customer exists. */
export function providerAccountId(user: User): string | undefined {
  return user.status === "active" && user.iminCustomerId ? user.iminCustomerId : undefined;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Who is signed in to the portal in the browser that sent this Cookie header (or undefined). */
export async function portalSignIn(cookieHeader: string | undefined): Promise<PortalSignIn | undefined> {
  const token = await decodeSessionCookie(cookieValue(cookieHeader, sessionCookieName()));
  if (!token) return undefined;
  const resolved = await resolveSession(token.sid);
  if (!resolved || resolved.user.id !== token.sub) return undefined;
  const accountId = providerAccountId(resolved.user);
  if (!accountId) return undefined;
  return { accountId, userId: resolved.user.id, loginTs: Math.floor(resolved.session.createdAt.getTime() / 1000) };
}

/**
 * Whether the login still has a live portal session that began in second `loginTs` (the one a
 * provider session was made from): false after sign-out, sign-out everywhere, a password change
 * or reset, an email change or the session's expiry.
 */
export async function liveSessionStartedAt(userId: string, loginTs: number, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ idHash: loginSessions.idHash })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.userId))
    .where(
      and(
        eq(loginSessions.userId, userId),
        gte(loginSessions.createdAt, new Date(loginTs * 1000)),
        lt(loginSessions.createdAt, new Date((loginTs + 1) * 1000)),
        isNull(loginSessions.revokedAt),
        gt(loginSessions.expiresAt, now),
        gt(loginSessions.lastSeenAt, new Date(now.getTime() - getEnv().SESSION_IDLE_DAYS * DAY_MS)),
        sql`(${users.sessionsValidFrom} is null or ${loginSessions.createdAt} >= ${users.sessionsValidFrom})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
