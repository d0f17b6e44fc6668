import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "./client";
import { mailOutbox, pendingOperations, signInAttempts, users, type User } from "./schema";

/** Postgres unique-violation, whether raised by pg, PGlite or wrapped by drizzle. */
function isUniqueViolation(e: unknown): boolean {
  let err: unknown = e;
  for (let depth = 0; err && typeof err === "object" && depth < 4; depth++) {
    if ((err as { code?: unknown }).code === "23505") return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}

function normalizeEmail(email: string) {
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

export const CREATE_CUSTOMER_OPERATION = "create_customer_account";

/**
 * Creates a login whose imin Customer Account is still to be made, together with the pending
 * operation that makes it. Returns undefined when the email is taken (the unique index decides,
 * so two simultaneous submits cannot both succeed).
 */
export async function createPendingUser(input: {
  email: string;
  passwordHash: string;
  givenName: string;
  customerPayload: unknown;
  signUpNonce?: string;
}): Promise<User | undefined> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email: normalizeEmail(input.email),
          passwordHash: input.passwordHash,
          givenName: input.givenName,
          status: "pending_imin",
          signUpNonce: input.signUpNonce ?? null,
        })
        .returning();
      await tx.insert(pendingOperations).values({
        userId: user!.id,
        kind: CREATE_CUSTOMER_OPERATION,
        payload: input.customerPayload,
      });
      return user!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return undefined;
    throw e;
  }
}

/**
 * Takes the pending operation for `lockMs` so that concurrent requests (a double submit, or a
 * sign-in racing a sign-up) never run it twice. Returns undefined if there is none or it is held.
 */
export async function claimPendingOperation(userId: string, kind: string, lockMs = 30_000) {
  const db = await getDb();
  const [op] = await db
    .update(pendingOperations)
    .set({
      lockedUntil: sql`now() + (${lockMs} * interval '1 millisecond')`,
      attempts: sql`${pendingOperations.attempts} + 1`,
    })
    .where(
      and(
        eq(pendingOperations.userId, userId),
        eq(pendingOperations.kind, kind),
        eq(pendingOperations.state, "ready"),
        or(isNull(pendingOperations.lockedUntil), lt(pendingOperations.lockedUntil, sql`now()`)),
      ),
    )
    .returning();
  return op;
}

export async function releasePendingOperation(id: string, error: string) {
  const db = await getDb();
  await db
    .update(pendingOperations)
    .set({ lockedUntil: null, lastError: error.slice(0, 500) })
    .where(eq(pendingOperations.id, id));
}

export async function completeCustomerCreation(userId: string, imin: { customerId: string; customerUrl: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        iminCustomerId: imin.customerId,
        iminCustomerUrl: imin.customerUrl,
        status: "active",
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await tx
      .delete(pendingOperations)
      .where(and(eq(pendingOperations.userId, userId), eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION)));
  });
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

// ---- sign-in attempts -------------------------------------------------------------------------

export async function countRecentFailures(kind: "email" | "ip", key: string, since: Date) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.kind, kind),
        eq(signInAttempts.key, key),
        eq(signInAttempts.success, false),
        gt(signInAttempts.attemptedAt, since),
      ),
    );
  return row?.n ?? 0;
}

export async function recordSignInAttempt(entries: { kind: "email" | "ip"; key: string }[], success: boolean) {
  const db = await getDb();
  if (success) {
    // A successful sign-in forgives that email's earlier failures (not the address's).
    const email = entries.find((e) => e.kind === "email");
    if (email) {
      await db
        .delete(signInAttempts)
        .where(and(eq(signInAttempts.kind, "email"), eq(signInAttempts.key, email.key), eq(signInAttempts.success, false)));
    }
    return;
  }
  await db.insert(signInAttempts).values(entries.map((e) => ({ ...e, success })));
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.05) {
    await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, sql`now() - interval '1 day'`));
  }
}

/** Voids every session of this login that began before now (sign-out). */
export async function endSessions(userId: string) {
  const db = await getDb();
  await db.update(users).set({ sessionsValidFrom: sql`now()` }).where(eq(users.id, userId));
}

// ---- account flows (lib/accounts) --------------------------------------------------------------

/**
 * A second sign-up for an address nobody has confirmed yet: its details and password replace the
 * first ones (whoever opens the newest link confirms the newest details).
 */
export async function replaceUnverifiedSignUp(
  userId: string,
  input: { passwordHash: string; givenName: string; customerPayload: unknown; signUpNonce: string },
) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: input.passwordHash, givenName: input.givenName, signUpNonce: input.signUpNonce, updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    await tx
      .update(pendingOperations)
      .set({ payload: input.customerPayload })
      .where(and(eq(pendingOperations.userId, userId), eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION)));
  });
}

/**
 * Confirms the address, only while the login still has the password that was just checked: a
 * sign-up replaced in between (new password) stays unconfirmed.
 */
export async function markEmailVerified(userId: string, passwordHash: string, at: Date) {
  const db = await getDb();
  await db
    .update(users)
    .set({ emailVerifiedAt: at, signUpNonce: null, updatedAt: at })
    .where(and(eq(users.id, userId), eq(users.passwordHash, passwordHash), isNull(users.emailVerifiedAt)));
}

export async function setPasswordHash(userId: string, passwordHash: string, opts: { verifiesEmail?: boolean } = {}) {
  const db = await getDb();
  const now = new Date();
  await db
    .update(users)
    .set({
      passwordHash,
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

/** The customer-create operation of a login, whatever its state. */
export async function getCreateOperation(userId: string) {
  const db = await getDb();
  const [op] = await db
    .select()
    .from(pendingOperations)
    .where(and(eq(pendingOperations.userId, userId), eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION)))
    .limit(1);
  return op;
}

/** imin's answer to this create was lost: it is held for an operator and never claimed again by itself. */
export async function markOperationAmbiguous(id: string, reason: string) {
  const db = await getDb();
  const [op] = await db
    .update(pendingOperations)
    .set({
      state: "ambiguous",
      ambiguousAt: sql`now()`,
      ambiguousCount: sql`${pendingOperations.ambiguousCount} + 1`,
      lockedUntil: null,
      lastError: reason.slice(0, 500),
    })
    .where(eq(pendingOperations.id, id))
    .returning();
  return op;
}

/** Operator: allow the one retry of an ambiguous create (refused after a second ambiguous answer). */
export async function allowAmbiguousRetry(id: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(pendingOperations)
    .set({ state: "ready" })
    .where(
      and(
        eq(pendingOperations.id, id),
        eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION),
        eq(pendingOperations.state, "ambiguous"),
        lt(pendingOperations.ambiguousCount, 2),
      ),
    )
    .returning({ id: pendingOperations.id });
  return rows.length > 0;
}

/** Operator listing (scripts/imin-creates.ts): the parked creates with the login's email, to look up at imin. */
export async function listAmbiguousOperations() {
  const db = await getDb();
  return db
    .select({ operation: pendingOperations, email: users.email })
    .from(pendingOperations)
    .innerJoin(users, eq(users.id, pendingOperations.userId))
    .where(eq(pendingOperations.state, "ambiguous"));
}

/** Operator: the customer did exist at imin; the login takes it and the parked create is dropped. */
export async function attachAmbiguousOperation(id: string, imin: { customerId: string; customerUrl: string }): Promise<boolean> {
  const db = await getDb();
  const [op] = await db
    .select()
    .from(pendingOperations)
    // A family member's lost create (lib/household) is listed too, but only a sign-up's can be attached to a login.
    .where(
      and(eq(pendingOperations.id, id), eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION), eq(pendingOperations.state, "ambiguous")),
    );
  if (!op) return false;
  await completeCustomerCreation(op.userId, imin);
  return true;
}

export async function countAmbiguousOperations(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(pendingOperations).where(eq(pendingOperations.state, "ambiguous"));
  return row?.n ?? 0;
}

/** How many mails of a kind went to an address since `since` (to keep a mail from becoming a flood). */
export async function countRecentMail(kind: string, toAddress: string, since: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, kind), eq(mailOutbox.toAddress, toAddress), gt(mailOutbox.createdAt, since)));
  return row?.n ?? 0;
}
