import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { getDb } from "@/lib/db/client";
import { type LoginSession, type User, loginSessions, users } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { type NoticeState, noticeStateColumns } from "@/lib/notices/preload";

/**
 * Server-side sessions. The cookie is Auth.js's encrypted JWT (httpOnly, SameSite=Lax), holding
 * only the login id and a random session id; the session itself is a `login_sessions` row keyed
 * by the SHA-256 of that id. A session is valid while:
 * - it is less than SESSION_ABSOLUTE_DAYS (14) old, counted from sign-in (never extended);
 * - it was used within SESSION_IDLE_DAYS (default 7; `last_seen_at` is written at most once a minute);
 * - it is not revoked (sign-out, sign-out everywhere, password change or reset, email change,
 *   deletion: `revokeSessions`), and began after the login's `sessions_valid_from`.
 * The cookie is never re-issued, so nothing slides.
 */
const SESSION_ABSOLUTE_DAYS = 14;
const DAY_MS = 86_400_000;
const LAST_SEEN_RESOLUTION_MS = 60_000;

export function sessionCookieName(secure = getEnv().AUTH_SECURE_COOKIES) {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export function hashSessionId(id: string) {
  return createHash("sha256").update(id).digest("hex");
}

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/** Records a new session for the login; returns the raw id (only ever in the cookie). */
export async function createSession(userId: string, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_DAYS * DAY_MS);
  const db = await getDb();
  await db.insert(loginSessions).values({ idHash: hashSessionId(id), userId, createdAt: now, lastSeenAt: now, expiresAt });
  return { id, expiresAt };
}

export interface ResolvedSession {
  session: LoginSession;
  user: User;
  /** Whether a webhook notification waits for this login, read in the same query (a signed-in page handles it first). */
  notices: NoticeState;
}

/**
 * The live session with this id, its login and whether a notification waits for it, in one query (or
 * undefined). Marks it seen when the last mark is more than a minute old.
 */
export async function resolveSession(id: string, now = new Date()): Promise<ResolvedSession | undefined> {
  if (!SESSION_ID.test(id)) return undefined;
  const idleDays = getEnv().SESSION_IDLE_DAYS;
  const db = await getDb();
  const [row] = await db
    .select({ session: loginSessions, user: users, ...noticeStateColumns })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.userId))
    .where(
      and(
        eq(loginSessions.idHash, hashSessionId(id)),
        isNull(loginSessions.revokedAt),
        gt(loginSessions.expiresAt, now),
        gt(loginSessions.lastSeenAt, new Date(now.getTime() - idleDays * DAY_MS)),
        sql`(${users.sessionsValidFrom} is null or ${loginSessions.createdAt} >= ${users.sessionsValidFrom})`,
      ),
    )
    .limit(1);
  if (!row) return undefined;
  if (now.getTime() - row.session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(loginSessions).set({ lastSeenAt: now }).where(eq(loginSessions.idHash, row.session.idHash));
  }
  return { session: row.session, user: row.user, notices: { waiting: row.noticesWaiting } };
}

/** Ends one session (sign-out). */
export async function revokeSession(id: string, now = new Date()) {
  if (!SESSION_ID.test(id)) return;
  const db = await getDb();
  await db
    .update(loginSessions)
    .set({ revokedAt: now })
    .where(and(eq(loginSessions.idHash, hashSessionId(id)), isNull(loginSessions.revokedAt)));
}

/**
 * Ends every session of the login, except `except` (a raw session id, usually the current one:
 * `revokeSessions(user.id, { except: user.sessionId })`). Returns how many ended.
 */
export async function revokeSessions(userId: string, opts: { except?: string } = {}, now = new Date()): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(loginSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(loginSessions.userId, userId),
        isNull(loginSessions.revokedAt),
        opts.except ? ne(loginSessions.idHash, hashSessionId(opts.except)) : undefined,
      ),
    )
    .returning({ idHash: loginSessions.idHash });
  if (Math.random() < 0.05) {
    // Old rows are of no use: drop those ended more than a day ago.
    await db.delete(loginSessions).where(sql`${loginSessions.expiresAt} < ${new Date(now.getTime() - DAY_MS)}`);
  }
  return rows.length;
}

// ---- the cookie ----------------------------------------------------------------------------------

interface SessionToken {
  sub: string;
  sid: string;
}

/** The cookie value for a session (an encrypted JWT that expires with the session). */
export async function encodeSessionCookie(userId: string, id: string, now = new Date()) {
  const env = getEnv();
  return encode({
    token: { sub: userId, sid: id, iat: Math.floor(now.getTime() / 1000) },
    secret: env.AUTH_SECRET,
    salt: sessionCookieName(env.AUTH_SECURE_COOKIES),
    maxAge: SESSION_ABSOLUTE_DAYS * 86_400,
  });
}

// Decrypting the cookie (a key derivation, AES and an HMAC) is a few percent of a signed-in page's CPU,
// and a browser sends the same cookie with every request: cookies decoded lately are remembered
// until their expiry. Revocation is unaffected: the session row is still read on every request.
const DECODED_LIMIT = 1000;
const decoded = new Map<string, { token: SessionToken; expiresAtMs: number }>();

/** The session id inside a cookie value, or undefined when it is not one of ours. */
export async function decodeSessionCookie(value: string | undefined): Promise<SessionToken | undefined> {
  if (!value || value.length > 4096) return undefined;
  const env = getEnv();
  const salt = sessionCookieName(env.AUTH_SECURE_COOKIES);
  const key = `${createHash("sha256").update(env.AUTH_SECRET).digest("base64url")}:${salt}:${value}`;
  const known = decoded.get(key);
  if (known && known.expiresAtMs > Date.now()) return { ...known.token };
  decoded.delete(key);
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET, salt });
    if (token && typeof token.sub === "string" && typeof token.sid === "string") {
      const result = { sub: token.sub, sid: token.sid };
      if (typeof token.exp === "number") {
        if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
        decoded.set(key, { token: result, expiresAtMs: token.exp * 1000 });
      }
      return { ...result };
    }
  } catch {
    // Tampered, expired or from another secret.
  }
  return undefined;
}

export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getEnv().AUTH_SECURE_COOKIES,
    path: "/",
    expires: expiresAt,
  };
}
