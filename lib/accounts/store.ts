import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { users, type User } from "@/lib/db/schema";

/** The portal's logins (the `users` table): look-ups and changes of one login's details. */

export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}

export async function getUserById(id: string): Promise<User | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return row;
}

export async function getUserByIminCustomerId(iminCustomerId: string): Promise<User | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.iminCustomerId, iminCustomerId)).limit(1);
  return row;
}

/** Erases a login and everything hanging off it (cascades). */
export async function deleteUser(userId: string) {
  const db = await getDb();
  await db.delete(users).where(eq(users.id, userId));
}

/** Returns false when the new email belongs to another login. */
export async function updateUserDetails(userId: string, changes: { email?: string; givenName?: string }) {
  const db = await getDb();
  try {
    await db
      .update(users)
      .set({
        ...(changes.email ? { email: normalizeEmail(changes.email) } : {}),
        ...(changes.givenName !== undefined ? { givenName: changes.givenName } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

const SIGN_UP_SPENT = { signUpNonce: null, signUpBrowserHash: null, signUpBrowserExpiresAt: null };

/**
 * Confirms the address, only while the login still has the password that was just checked: a
 * sign-up replaced in between (new password) stays unconfirmed. The browser binding is spent.
 */
export async function markEmailVerified(userId: string, passwordHash: string, at: Date) {
  const db = await getDb();
  await db
    .update(users)
    .set({ emailVerifiedAt: at, ...SIGN_UP_SPENT, updatedAt: at })
    .where(and(eq(users.id, userId), eq(users.passwordHash, passwordHash), isNull(users.emailVerifiedAt)));
}

/**
 * Confirms the address for the browser that signed up (lib/accounts/sign-up-browser.ts), in one
 * statement: only while that binding is still the login's, unexpired and unspent, and the login
 * still has the password it was stored with. Spends the binding; returns whether it confirmed.
 */
export async function markEmailVerifiedByBrowser(
  userId: string,
  binding: { browserHash: string; passwordHash: string },
  at: Date,
): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(users)
    .set({ emailVerifiedAt: at, ...SIGN_UP_SPENT, updatedAt: at })
    .where(
      and(
        eq(users.id, userId),
        eq(users.signUpBrowserHash, binding.browserHash),
        gt(users.signUpBrowserExpiresAt, at),
        eq(users.passwordHash, binding.passwordHash),
        isNull(users.emailVerifiedAt),
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function setPasswordHash(userId: string, passwordHash: string, opts: { verifiesEmail?: boolean } = {}) {
  const db = await getDb();
  const now = new Date();
  await db
    .update(users)
    .set({
      passwordHash,
      // A binding belongs to the sign-up's password: a new password ends it.
      signUpBrowserHash: null,
      signUpBrowserExpiresAt: null,
      updatedAt: now,
      ...(opts.verifiesEmail ? { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } : {}),
    })
    .where(eq(users.id, userId));
}

/** Moves the login to a confirmed new address; false when another login took it meanwhile. */
export async function changeUserEmail(userId: string, email: string): Promise<boolean> {
  const db = await getDb();
  try {
    await db
      .update(users)
      .set({ email: normalizeEmail(email), emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId));
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}
