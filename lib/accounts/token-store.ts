import "server-only";
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "../db/client";
import { type AccountToken, accountTokens } from "../db/schema";

export type TokenPurpose = AccountToken["purpose"];

/**
 * Stores a new token (its hash only) and spends every earlier unspent token of the same purpose for
 * this login, so only the newest link works.
 */
export async function insertAccountToken(row: {
  userId: string;
  purpose: TokenPurpose;
  tokenHash: string;
  newEmail?: string;
  expiresAt: Date;
  now: Date;
}) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(accountTokens)
      .set({ spentAt: row.now })
      .where(and(eq(accountTokens.userId, row.userId), eq(accountTokens.purpose, row.purpose), isNull(accountTokens.spentAt)));
    await tx.insert(accountTokens).values({
      userId: row.userId,
      purpose: row.purpose,
      tokenHash: row.tokenHash,
      newEmail: row.newEmail ?? null,
      expiresAt: row.expiresAt,
      createdAt: row.now,
    });
  });
}

/** This token of this purpose, unspent and unexpired at `now`. */
function usable(tokenHash: string, purpose: TokenPurpose, now: Date) {
  return and(
    eq(accountTokens.tokenHash, tokenHash),
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.spentAt),
    gt(accountTokens.expiresAt, now),
  );
}

/** Marks the token spent and returns it, only if it was unspent and unexpired (one caller wins). */
export async function spendAccountToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<AccountToken | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(accountTokens)
    .set({ spentAt: now })
    .where(usable(tokenHash, purpose, now))
    .returning();
  return row;
}

/** The token if it is still usable, without spending it (to decide whether to show a form). */
export async function findUsableAccountToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<AccountToken | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(usable(tokenHash, purpose, now))
    .limit(1);
  return row;
}

/** How many tokens of this purpose the login was sent since `since`, and when the last one was. */
export async function recentAccountTokens(userId: string, purpose: TokenPurpose, since: Date): Promise<{ count: number; latest?: Date }> {
  const db = await getDb();
  const [totals] = await db
    .select({ n: count() })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), gt(accountTokens.createdAt, since)));
  const [latest] = await db
    .select({ at: accountTokens.createdAt })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)))
    .orderBy(desc(accountTokens.createdAt))
    .limit(1);
  return { count: totals?.n ?? 0, latest: latest?.at };
}

/** Spends every unspent token of the login (a password change or reset, or an email change, ends them all). */
export async function spendAllAccountTokens(userId: string, now: Date) {
  const db = await getDb();
  await db
    .update(accountTokens)
    .set({ spentAt: now })
    .where(and(eq(accountTokens.userId, userId), isNull(accountTokens.spentAt)));
}
