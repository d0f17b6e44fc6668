import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "../db/client";
import { calendarFeeds } from "../db/schema";

/**
 * Private calendar feeds. The token is the only secret in the feed URL: it is shown to the customer
 * once and stored only as a SHA-256 hash, so a database leak does not expose anyone's calendar.
 */

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function isWellFormedFeedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Replaces any active feed of the user with a new one; returns the new token (shown once). */
export async function createCalendarFeed(userId: string): Promise<{ token: string; createdAt: Date }> {
  const db = await getDb();
  const token = randomBytes(32).toString("base64url");
  const createdAt = await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash: hashFeedToken(token) })
      .returning({ createdAt: calendarFeeds.createdAt });
    return row.createdAt;
  });
  return { token, createdAt };
}

export async function revokeCalendarFeeds(userId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

export async function getActiveCalendarFeed(userId: string): Promise<{ createdAt: Date } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row;
}

/** The owner of an active feed token, or undefined (unknown, malformed or revoked). */
export async function userIdForFeedToken(token: string): Promise<string | undefined> {
  if (!isWellFormedFeedToken(token)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row?.userId;
}
