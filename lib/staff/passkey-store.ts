import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffPasskeys } from "@/lib/db/schema";

/** The staff_passkeys table: each staff member's WebAuthn credentials. */

export interface NewPasskey {
  /** base64url */
  credentialId: string;
  /** base64url of the COSE public key */
  publicKey: string;
  counter: number;
  transports?: string[];
}

export type StaffPasskey = typeof staffPasskeys.$inferSelect;

export async function listPasskeys(staffId: string): Promise<StaffPasskey[]> {
  const db = await getDb();
  return db.select().from(staffPasskeys).where(eq(staffPasskeys.staffId, staffId)).orderBy(asc(staffPasskeys.createdAt));
}

export async function findPasskey(staffId: string, credentialId: string): Promise<StaffPasskey | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(staffPasskeys)
    .where(and(eq(staffPasskeys.staffId, staffId), eq(staffPasskeys.credentialId, credentialId)))
    .limit(1);
  return row;
}

/** False when that credential is already registered (to anyone). */
export async function addPasskey(staffId: string, passkey: NewPasskey, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(staffPasskeys)
    .values({ staffId, ...passkey, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: staffPasskeys.credentialId });
  return rows.length === 1;
}

export async function removePasskey(staffId: string, credentialId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(staffPasskeys)
    .where(and(eq(staffPasskeys.staffId, staffId), eq(staffPasskeys.credentialId, credentialId)))
    .returning({ id: staffPasskeys.credentialId });
  return rows.length === 1;
}

export async function markPasskeyUsed(credentialId: string, counter: number, now = new Date()) {
  const db = await getDb();
  await db.update(staffPasskeys).set({ counter, lastUsedAt: now }).where(eq(staffPasskeys.credentialId, credentialId));
}
