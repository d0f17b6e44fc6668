import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffWebauthnChallenges } from "@/lib/db/schema";
import { sha256 } from "./secrets";

/**
 * WebAuthn challenges are kept server side, never in the browser: one pending challenge per owner
 * (a staff session, or an invite before its staff member exists) and ceremony. A new one replaces
 * the last; taking one deletes it, so each is used at most once, and only within a few minutes.
 */
const CHALLENGE_MINUTES = 5;

export type Ceremony = "register" | "authenticate";

/** The owner of a staff session's challenges: the session id's SHA-256, like the session row. */
export const sessionOwner = (sessionId: string) => `session:${sha256(sessionId)}`;
export const inviteOwner = (inviteId: string) => `invite:${inviteId}`;

export async function putChallenge(owner: string, ceremony: Ceremony, challenge: string, now = new Date()) {
  const db = await getDb();
  const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
  await db
    .insert(staffWebauthnChallenges)
    .values({ owner, ceremony, challenge, expiresAt })
    .onConflictDoUpdate({ target: [staffWebauthnChallenges.owner, staffWebauthnChallenges.ceremony], set: { challenge, expiresAt } });
  if (Math.random() < 0.05) await db.delete(staffWebauthnChallenges).where(lt(staffWebauthnChallenges.expiresAt, now));
}

/** The pending challenge, removed as it is read; undefined when there is none or it has expired. */
export async function takeChallenge(owner: string, ceremony: Ceremony, now = new Date()): Promise<string | undefined> {
  const db = await getDb();
  const rows = await db
    .delete(staffWebauthnChallenges)
    .where(and(eq(staffWebauthnChallenges.owner, owner), eq(staffWebauthnChallenges.ceremony, ceremony)))
    .returning();
  const row = rows[0];
  return row && row.expiresAt > now ? row.challenge : undefined;
}
