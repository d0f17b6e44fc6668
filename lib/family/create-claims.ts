import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { householdMembers, pendingOperations } from "@/lib/db/schema";
import type { HouseholdMember } from "./members";

/**
 * A member's imin create is claimed (one pending operation per add-form token) before it is sent,
 * so a double submit sends one create; the member row is written only with imin's identifier.
 */
const KIND_PREFIX = "household_member_create:";

const kindOf = (nonce: string) => `${KIND_PREFIX}${nonce}`;

/** Only the names: enough for an operator to find a lost create at imin, nothing medical. */
interface ClaimPayload {
  givenName: string;
  familyName: string;
  birthDate: string;
}

type Claim = { id: string } | { held: "running" | "ambiguous" };

export async function claimMemberCreate(userId: string, nonce: string, payload: ClaimPayload): Promise<Claim> {
  const db = await getDb();
  const [row] = await db
    .insert(pendingOperations)
    .values({ userId, kind: kindOf(nonce), payload, attempts: 1, lockedUntil: new Date(Date.now() + 60_000) })
    .onConflictDoNothing()
    .returning({ id: pendingOperations.id });
  if (row) return { id: row.id };
  const [existing] = await db
    .select({ state: pendingOperations.state })
    .from(pendingOperations)
    .where(and(eq(pendingOperations.userId, userId), eq(pendingOperations.kind, kindOf(nonce))))
    .limit(1);
  return { held: existing?.state === "ambiguous" ? "ambiguous" : "running" };
}

/** Where another submit of the same form stands: `gone` once it ended without a member. */
export async function memberCreateState(userId: string, nonce: string): Promise<"running" | "ambiguous" | "gone"> {
  const db = await getDb();
  const [op] = await db
    .select({ state: pendingOperations.state })
    .from(pendingOperations)
    .where(and(eq(pendingOperations.userId, userId), eq(pendingOperations.kind, kindOf(nonce))))
    .limit(1);
  if (!op) return "gone";
  return op.state === "ambiguous" ? "ambiguous" : "running";
}

/** imin said no, or the request never left: nothing exists there, the claim goes. */
export async function releaseMemberCreate(claimId: string): Promise<void> {
  const db = await getDb();
  await db.delete(pendingOperations).where(eq(pendingOperations.id, claimId));
}

/** The member row and the end of the claim, together. */
export async function completeMemberCreate(
  claimId: string,
  row: { userId: string; iminCustomerId: string; givenName: string; familyName: string; birthDate: string; createNonce: string },
): Promise<HouseholdMember> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(householdMembers).values(row).returning();
    await tx.delete(pendingOperations).where(eq(pendingOperations.id, claimId));
    return {
      id: created!.id,
      iminCustomerId: created!.iminCustomerId,
      givenName: created!.givenName,
      familyName: created!.familyName,
      birthDate: created!.birthDate,
    };
  });
}
