import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type HouseholdMemberRow, householdMembers } from "@/lib/db/schema";

/** A family member as the portal shows and age-checks them, without asking imin. */
export type HouseholdMember = {
  id: string;
  iminCustomerId: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toMember(row: HouseholdMemberRow): HouseholdMember {
  return {
    id: row.id,
    iminCustomerId: row.iminCustomerId,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
  };
}

/** The account holder's family members, oldest entry first. */
export async function listHouseholdMembers(userId: string): Promise<HouseholdMember[]> {
  if (!UUID.test(userId)) return [];
  const db = await getDb();
  const rows = await db
    .select()
    .from(householdMembers)
    .where(eq(householdMembers.userId, userId))
    .orderBy(asc(householdMembers.createdAt), asc(householdMembers.id));
  return rows.map(toMember);
}

/** One member, only if it belongs to this account holder. */
export async function getHouseholdMember(userId: string, memberId: string): Promise<HouseholdMember | undefined> {
  if (!UUID.test(userId) || !UUID.test(memberId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.userId, userId), eq(householdMembers.id, memberId)))
    .limit(1);
  return row ? toMember(row) : undefined;
}

/** The member a submit of the add form with this one-time token created, if any. */
export async function getMemberByCreateNonce(userId: string, nonce: string): Promise<HouseholdMember | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.userId, userId), eq(householdMembers.createNonce, nonce)))
    .limit(1);
  return row ? toMember(row) : undefined;
}

/** After imin accepted an edit: the names and date of birth the portal shows follow. */
export async function updateMemberRow(
  userId: string,
  memberId: string,
  fields: Pick<HouseholdMember, "givenName" | "familyName" | "birthDate">,
): Promise<void> {
  const db = await getDb();
  await db
    .update(householdMembers)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(householdMembers.userId, userId), eq(householdMembers.id, memberId)));
}

/** After imin accepted the deletion of the member's Customer Account. */
export async function deleteMemberRow(userId: string, memberId: string): Promise<void> {
  const db = await getDb();
  await db.delete(householdMembers).where(and(eq(householdMembers.userId, userId), eq(householdMembers.id, memberId)));
}
