import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { pendingOperations, users, type User } from "@/lib/db/schema";
import { normalizeEmail } from "./store";

/**
 * Logins whose imin Customer Account is still to be made (the `pending_operations` table): the
 * create is claimed by one request at a time, and a create whose answer was lost is parked for an
 * operator (`npm run imin-creates`).
 */

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
  /** The signing-up browser's binding (lib/accounts/sign-up-browser.ts). */
  browser?: { hash: string; expiresAt: Date };
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
          signUpBrowserHash: input.browser?.hash ?? null,
          signUpBrowserExpiresAt: input.browser?.expiresAt ?? null,
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

/**
 * A new sign-up for an address nobody has confirmed, once the earlier one has expired (its
 * password was set before `expiredBefore`): its password and details take the earlier one's
 * place. Until then the first sign-up holds, so a stranger cannot block its owner by signing up
 * again. Details a create has already sent to imin (an operation tried at least once) are never
 * overwritten. The new sign-up's browser binding replaces the earlier one's (expired by then).
 * Returns whether anything was replaced.
 */
export async function replaceUnverifiedSignUp(
  userId: string,
  input: {
    passwordHash: string;
    givenName: string;
    customerPayload: unknown;
    signUpNonce: string;
    browser?: { hash: string; expiresAt: Date };
  },
  expiredBefore: Date,
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const replaced = await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        givenName: input.givenName,
        signUpNonce: input.signUpNonce,
        signUpBrowserHash: input.browser?.hash ?? null,
        signUpBrowserExpiresAt: input.browser?.expiresAt ?? null,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt), lt(users.updatedAt, expiredBefore)))
      .returning({ id: users.id });
    if (!replaced.length) return false;
    await tx
      .update(pendingOperations)
      .set({ payload: input.customerPayload })
      .where(
        and(
          eq(pendingOperations.userId, userId),
          eq(pendingOperations.kind, CREATE_CUSTOMER_OPERATION),
          eq(pendingOperations.state, "ready"),
          eq(pendingOperations.attempts, 0),
        ),
      );
    return true;
  });
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
    // A family member's lost create (lib/family) is listed too, but only a sign-up's can be attached to a login.
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
