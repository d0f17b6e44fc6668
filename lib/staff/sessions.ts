import "server-only";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type Staff, type StaffSession, staff, staffSessions } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { newToken, sha256 } from "./secrets";

/**
 * Staff sessions, apart from customers' (their own table, cookie name and path `/staff`). The cookie
 * holds a random id; only its SHA-256 is stored. A full session ends 8 hours after sign-in (never
 * extended), after 30 minutes without a request, when revoked, or when the staff member's password
 * or factors change (`sessions_valid_from`). After the password alone a session is half-way: it
 * opens nothing but the second-factor step, for 5 minutes.
 */
const STAFF_SESSION_HOURS = 8;
const STAFF_IDLE_MINUTES = 30;
const HALF_SESSION_MINUTES = 5;
const LAST_SEEN_RESOLUTION_MS = 60_000;

const STAFF_COOKIE_PATH = "/staff";

export function staffCookieName(secure = getEnv().AUTH_SECURE_COOKIES) {
  return secure ? "__Secure-staff-session" : "staff-session";
}

export function staffCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: "strict" as const, secure: getEnv().AUTH_SECURE_COOKIES, path: STAFF_COOKIE_PATH, expires: expiresAt };
}

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new session; `full` once the second factor is given. Returns the raw id (only ever in the
 * cookie). `expiresAt`: a session renewed after a password or factor change keeps its sign-in's end.
 */
export async function createStaffSession(staffId: string, opts: { full: boolean; ip?: string; expiresAt?: Date }, now = new Date()) {
  const id = newToken();
  const minutes = opts.full ? STAFF_SESSION_HOURS * 60 : HALF_SESSION_MINUTES;
  const expiresAt = opts.expiresAt ?? new Date(now.getTime() + minutes * 60_000);
  const db = await getDb();
  await db.insert(staffSessions).values({
    idHash: sha256(id),
    staffId,
    secondFactorAt: opts.full ? now : null,
    ip: opts.ip,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { id, expiresAt };
}

interface ResolvedStaffSession {
  session: StaffSession;
  staff: Staff;
}

/** The live session with this id and its staff member (one query), or undefined. */
export async function resolveStaffSession(id: string | undefined, opts: { full: boolean }, now = new Date()) {
  if (!id || !SESSION_ID.test(id)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ session: staffSessions, staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(
      and(
        eq(staffSessions.idHash, sha256(id)),
        isNull(staffSessions.revokedAt),
        isNull(staff.disabledAt),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - STAFF_IDLE_MINUTES * 60_000)),
        opts.full ? isNotNull(staffSessions.secondFactorAt) : isNull(staffSessions.secondFactorAt),
        sql`(${staff.sessionsValidFrom} is null or ${staffSessions.createdAt} >= ${staff.sessionsValidFrom})`,
      ),
    )
    .limit(1);
  if (!row) return undefined;
  if (opts.full && now.getTime() - row.session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.idHash, row.session.idHash));
  }
  return row satisfies ResolvedStaffSession;
}

export async function revokeStaffSession(id: string, now = new Date()) {
  if (!SESSION_ID.test(id)) return;
  const db = await getDb();
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.idHash, sha256(id)), isNull(staffSessions.revokedAt)));
}

/**
 * After the staff member changed their own password or factors: every session of theirs ends
 * (other browsers are signed out) and this browser gets a new session id, still ending when the
 * session it replaces would have.
 */
export async function renewAfterCredentialChange(staffId: string, sessionId: string, ip: string, now = new Date()) {
  const db = await getDb();
  const [current] = await db
    .select({ expiresAt: staffSessions.expiresAt })
    .from(staffSessions)
    .where(eq(staffSessions.idHash, sha256(sessionId)))
    .limit(1);
  await endStaffSessions(staffId, now);
  const limit = new Date(now.getTime() + STAFF_SESSION_HOURS * 3_600_000);
  const expiresAt = current && current.expiresAt < limit ? current.expiresAt : limit;
  return createStaffSession(staffId, { full: true, ip, expiresAt }, now);
}

/** Voids every session of this staff member that began before now (password or factor change, disabling). */
export async function endStaffSessions(staffId: string, now = new Date()) {
  const db = await getDb();
  await db.update(staff).set({ sessionsValidFrom: now, updatedAt: now }).where(eq(staff.id, staffId));
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.revokedAt)));
}
