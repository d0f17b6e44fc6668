import "server-only";
import { and, desc, eq, gt, ilike, isNull, or, sql } from "drizzle-orm";
import { getCreateOperation } from "@/lib/accounts/create-store";
import { getUserById } from "@/lib/accounts/store";
import { failuresForEmail } from "@/lib/auth/store";
import { getActiveCalendarFeed } from "@/lib/calendar/store";
import { getDb } from "@/lib/db/client";
import { type User, loginSessions, users } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { listHouseholdMembers } from "@/lib/family/members";
import { fetchCustomerAccount } from "@/lib/imin/customers";
import { getUpcomingBookings } from "@/lib/imin/orders";
import { fetchSellerAccounts } from "@/lib/imin/seller-accounts";
import { outboxForAddress } from "@/lib/mail/outbox";
import { getEmailPreferences } from "@/lib/notifications/preferences";
import { maskValue } from "./roles";

/** What support sees of a customer: the portal's own records, and imin's read live (read-only). */

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CustomerMatch {
  id: string;
  email: string;
  givenName: string | null;
  iminCustomerId: string | null;
  createdAt: Date;
}

/** By email or name (contains, case-insensitive) or exact imin customer id; at most 20. */
export async function findCustomers(query: string): Promise<CustomerMatch[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      givenName: users.givenName,
      iminCustomerId: users.iminCustomerId,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(or(ilike(users.email, pattern), ilike(users.givenName, pattern), eq(users.iminCustomerId, q)))
    .orderBy(users.email)
    .limit(20);
}

export async function getCustomer(id: string): Promise<User | undefined> {
  return UUID.test(id) ? getUserById(id) : undefined;
}

export type LoginState = "pending confirmation" | "pending imin account" | "active";

function loginStateOf(user: User): LoginState {
  if (!user.emailVerifiedAt) return "pending confirmation";
  if (user.status !== "active" || !user.iminCustomerId) return "pending imin account";
  return "active";
}

interface Lockout {
  address: string;
  failures: number;
  until: Date;
}

/**
 * Addresses locked out of this email now (lib/auth/rate-limit.ts: SIGN_IN_MAX_FAILURES_PER_EMAIL
 * failures per email+address within the window), and until when: the lock lifts when enough of the
 * failures leave the window. Also the email's failures from every address (the slow-down).
 */
export async function lockoutsOf(email: string, now = new Date()) {
  const env = getEnv();
  const windowMs = env.SIGN_IN_WINDOW_MINUTES * 60_000;
  const rows = await failuresForEmail(email, new Date(now.getTime() - windowMs));
  const byAddress = new Map<string, Date[]>();
  for (const r of rows.filter((r) => r.kind === "email_ip")) {
    const address = r.key.slice(email.length + 1);
    byAddress.set(address, [...(byAddress.get(address) ?? []), r.attemptedAt]);
  }
  const limit = env.SIGN_IN_MAX_FAILURES_PER_EMAIL;
  const locked: Lockout[] = [];
  for (const [address, times] of byAddress) {
    if (times.length < limit) continue;
    locked.push({ address, failures: times.length, until: new Date(times[times.length - limit]!.getTime() + windowMs) });
  }
  return { locked, emailFailures: rows.filter((r) => r.kind === "email").length };
}

async function sessionsOf(userId: string, now = new Date()) {
  const db = await getDb();
  const idleDays = getEnv().SESSION_IDLE_DAYS;
  const [last] = await db
    .select({ at: sql<Date | null>`max(${loginSessions.createdAt})` })
    .from(loginSessions)
    .where(eq(loginSessions.userId, userId));
  const active = await db
    .select({ createdAt: loginSessions.createdAt, lastSeenAt: loginSessions.lastSeenAt, expiresAt: loginSessions.expiresAt })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.userId))
    .where(
      and(
        eq(loginSessions.userId, userId),
        isNull(loginSessions.revokedAt),
        gt(loginSessions.expiresAt, now),
        gt(loginSessions.lastSeenAt, new Date(now.getTime() - idleDays * DAY_MS)),
        sql`(${users.sessionsValidFrom} is null or ${loginSessions.createdAt} >= ${users.sessionsValidFrom})`,
      ),
    )
    .orderBy(desc(loginSessions.lastSeenAt));
  return { lastSignIn: last?.at ? new Date(last.at) : null, active };
}

/** The portal's records of a customer (no imin call). Birth dates come masked. */
export async function customerRecords(user: User, reveal = false) {
  const [lockouts, sessions, family, feed, preferences, outbox, createOperation] = await Promise.all([
    lockoutsOf(user.email),
    sessionsOf(user.id),
    listHouseholdMembers(user.id),
    getActiveCalendarFeed(user.id),
    getEmailPreferences(user.id),
    outboxForAddress(user.email),
    getCreateOperation(user.id),
  ]);
  return {
    state: loginStateOf(user),
    lockouts,
    sessions,
    family: family.map((m) => ({
      id: m.id,
      name: `${m.givenName} ${m.familyName}`.trim(),
      iminCustomerId: m.iminCustomerId,
      birthDate: reveal ? m.birthDate : maskValue(m.birthDate),
    })),
    calendarFeed: feed ? { since: feed.createdAt } : null,
    preferences,
    outbox,
    createOperation: createOperation
      ? {
          id: createOperation.id,
          state: createOperation.state,
          attempts: createOperation.attempts,
          ambiguousCount: createOperation.ambiguousCount,
          lastError: createOperation.lastError,
        }
      : null,
  };
}

export type IminView =
  | { ok: false }
  | {
      ok: true;
      name?: string;
      phone?: string;
      birthDate?: string;
      sellers: { name: string; dateLinked?: string }[];
      bookings: { title: string; startDate?: string; status: string }[];
    };

/** imin's side, read live (never written): the profile (phone and birth date masked unless `reveal`), linked sellers, upcoming bookings. */
export async function customerAtImin(user: User, reveal = false): Promise<IminView> {
  if (!user.iminCustomerId) return { ok: false };
  try {
    const [profile, sellers, bookings] = await Promise.all([
      fetchCustomerAccount(user.iminCustomerId),
      fetchSellerAccounts(user.iminCustomerId),
      getUpcomingBookings({ iminCustomerId: user.iminCustomerId, email: user.email }, 1),
    ]);
    const d = profile.details;
    return {
      ok: true,
      name: d.name ?? ([d.givenName, d.familyName].filter(Boolean).join(" ") || undefined),
      phone: reveal ? d.telephone : maskValue(d.telephone),
      birthDate: reveal ? d.birthDate : maskValue(d.birthDate),
      sellers: sellers.accounts
        .filter((a) => a.linked)
        .map((a) => ({ name: a.seller.name, dateLinked: a.linked ? a.dateLinked : undefined })),
      bookings: bookings.items.map((b) => ({ title: b.title, startDate: b.startDate, status: b.status })),
    };
  } catch {
    return { ok: false };
  }
}
