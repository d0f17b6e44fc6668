import "server-only";
import { and, desc, eq, gt, ilike, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type Staff, staff, staffAuditLog, staffInvites, staffPasskeys, staffRecoveryCodes } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import type { StaffRole } from "./roles";
import type { NewPasskey } from "./passkey-store";
import { newToken, openTotpSecret, sealTotpSecret, sha256 } from "./secrets";
import { endStaffSessions } from "./sessions";
import { newTotpSecret, normalizeRecoveryCode } from "./totp";

/** Staff identities, invites, recovery codes and the audit log. The audit log has an insert and reads only. */

const INVITE_HOURS = 48;

export function normalizeStaffEmail(email: string) {
  return email.trim().toLowerCase();
}

export async function getStaffByEmail(email: string): Promise<Staff | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(staff)
    .where(eq(staff.email, normalizeStaffEmail(email)))
    .limit(1);
  return row;
}

export async function getStaffById(id: string): Promise<Staff | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
  return row;
}

export async function listStaff(): Promise<Staff[]> {
  const db = await getDb();
  return db.select().from(staff).orderBy(staff.email);
}

/** The staff member's TOTP secret, opened with AUTH_SECRET. */
export function totpSecretOf(member: Staff): string | undefined {
  return member.totpSecretSealed ? openTotpSecret(member.totpSecretSealed, getEnv().AUTH_SECRET, member.id) : undefined;
}

/** Records the accepted time step: the same code (or an earlier one) is never accepted again. */
export async function markTotpStep(staffId: string, step: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(staff)
    .set({ totpLastStep: step })
    .where(and(eq(staff.id, staffId), or(isNull(staff.totpLastStep), lt(staff.totpLastStep, step))))
    .returning({ id: staff.id });
  return rows.length === 1;
}

/** A recovery code's stored form: SHA-256 of the staff id and the code, so equal codes of two staff members never clash. */
const recoveryHash = (staffId: string, code: string) => sha256(`${staffId}:${normalizeRecoveryCode(code)}`);

/**
 * Creates a staff member with a password hash, a second factor (a TOTP secret, a passkey, or both)
 * and recovery codes (invite acceptance, demo seed). `id`: an invite's id, so the passkey made on
 * the invite page already carries the staff member's id as its WebAuthn user handle.
 */
export async function createStaff(input: {
  id?: string;
  email: string;
  role: StaffRole;
  passwordHash: string;
  totpSecret?: string;
  passkey?: NewPasskey;
  recoveryCodes: string[];
  totpLastStep?: number;
}): Promise<Staff | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const id = input.id ?? crypto.randomUUID();
    const [row] = await tx
      .insert(staff)
      .values({
        id,
        email: normalizeStaffEmail(input.email),
        role: input.role,
        passwordHash: input.passwordHash,
        totpSecretSealed: input.totpSecret ? sealTotpSecret(input.totpSecret, getEnv().AUTH_SECRET, id) : null,
        totpLastStep: input.totpLastStep,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return undefined;
    if (input.recoveryCodes.length)
      await tx.insert(staffRecoveryCodes).values(input.recoveryCodes.map((c) => ({ staffId: id, codeHash: recoveryHash(id, c) })));
    if (input.passkey) await tx.insert(staffPasskeys).values({ staffId: id, ...input.passkey });
    return row;
  });
}

/** Replaces every recovery code of this staff member (used or not) with `codes`. */
export async function replaceRecoveryCodes(staffId: string, codes: string[]) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
    await tx.insert(staffRecoveryCodes).values(codes.map((c) => ({ staffId, codeHash: recoveryHash(staffId, c) })));
  });
}

export async function setStaffPasswordHash(staffId: string, passwordHash: string, now = new Date()) {
  const db = await getDb();
  await db.update(staff).set({ passwordHash, updatedAt: now }).where(eq(staff.id, staffId));
}

// ---- TOTP re-enrolment: a pending secret, the same on every look until it is proven --------------

const pendingAad = (staffId: string) => `pending:${staffId}`;

/** The pending new TOTP secret of this staff member, made (and kept, sealed) on the first ask. */
export async function pendingTotpSecret(staffId: string): Promise<string | undefined> {
  const member = await getStaffById(staffId);
  if (!member) return undefined;
  const secret = getEnv().AUTH_SECRET;
  const open = member.totpPendingSealed ? openTotpSecret(member.totpPendingSealed, secret, pendingAad(staffId)) : undefined;
  if (open) return open;
  const db = await getDb();
  const sealed = sealTotpSecret(newTotpSecret(), secret, pendingAad(staffId));
  const [row] = await db
    .update(staff)
    .set({ totpPendingSealed: sealed })
    .where(
      and(
        eq(staff.id, staffId),
        member.totpPendingSealed ? eq(staff.totpPendingSealed, member.totpPendingSealed) : isNull(staff.totpPendingSealed),
      ),
    )
    .returning({ sealed: staff.totpPendingSealed });
  if (row?.sealed) return openTotpSecret(row.sealed, secret, pendingAad(staffId));
  const again = await getStaffById(staffId);
  return again?.totpPendingSealed ? openTotpSecret(again.totpPendingSealed, secret, pendingAad(staffId)) : undefined;
}

/** The pending secret becomes the live one (its proving code's step recorded); false when nothing was pending. */
export async function promotePendingTotp(staffId: string, pending: string, step: number, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(staff)
    .set({
      totpSecretSealed: sealTotpSecret(pending, getEnv().AUTH_SECRET, staffId),
      totpLastStep: step,
      totpPendingSealed: null,
      updatedAt: now,
    })
    .where(and(eq(staff.id, staffId), isNotNull(staff.totpPendingSealed)))
    .returning({ id: staff.id });
  return rows.length === 1;
}

/** Spends one recovery code of this staff member; false when it is not one, or used. */
export async function spendRecoveryCode(staffId: string, code: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(staffRecoveryCodes.staffId, staffId),
        eq(staffRecoveryCodes.codeHash, recoveryHash(staffId, code)),
        isNull(staffRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: staffRecoveryCodes.id });
  return rows.length === 1;
}

/** Offboarding: the staff member can no longer sign in, and every session of theirs ends now. */
export async function disableStaff(staffId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.update(staff).set({ disabledAt: now, updatedAt: now }).where(eq(staff.id, staffId));
  await endStaffSessions(staffId, now);
}

// ---- invites ----------------------------------------------------------------------------------------

/** A one-time invite; returns the raw token (it exists only in the link handed to the invitee). */
export async function createInvite(input: { email: string; role: StaffRole; invitedBy?: string }, now = new Date()) {
  const token = newToken();
  const db = await getDb();
  const expiresAt = new Date(now.getTime() + INVITE_HOURS * 3_600_000);
  await db.insert(staffInvites).values({
    email: normalizeStaffEmail(input.email),
    role: input.role,
    tokenHash: sha256(token),
    invitedBy: input.invitedBy,
    expiresAt,
    createdAt: now,
  });
  return { token, expiresAt };
}

/** The live invite behind a token, without spending it. */
export async function peekInvite(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(staffInvites)
    .where(and(eq(staffInvites.tokenHash, sha256(token)), isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)))
    .limit(1);
  return row;
}

/**
 * The TOTP secret the invite page offers: made on the first look, then the same on every reload
 * until the invite is used (sealed, bound to the invite id, which becomes the staff id).
 */
export async function inviteTotpSecret(invite: typeof staffInvites.$inferSelect): Promise<string | undefined> {
  const secret = getEnv().AUTH_SECRET;
  if (invite.totpSecretSealed) return openTotpSecret(invite.totpSecretSealed, secret, invite.id);
  const db = await getDb();
  const [row] = await db
    .update(staffInvites)
    .set({ totpSecretSealed: sealTotpSecret(newTotpSecret(), secret, invite.id) })
    .where(and(eq(staffInvites.id, invite.id), isNull(staffInvites.totpSecretSealed)))
    .returning({ sealed: staffInvites.totpSecretSealed });
  const sealed =
    row?.sealed ??
    (await db.select({ sealed: staffInvites.totpSecretSealed }).from(staffInvites).where(eq(staffInvites.id, invite.id)))[0]?.sealed;
  return sealed ? openTotpSecret(sealed, secret, invite.id) : undefined;
}

/** Spends the invite (once: a second use finds nothing). */
export async function spendInvite(token: string, now = new Date()) {
  const db = await getDb();
  const [row] = await db
    .update(staffInvites)
    .set({ usedAt: now })
    .where(and(eq(staffInvites.tokenHash, sha256(token)), isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)))
    .returning();
  return row;
}

// ---- the audit log (append-only) --------------------------------------------------------------------

export interface AuditInput {
  staff: { id?: string; email: string } | undefined;
  action: string;
  customer?: { id: string; email: string };
  detail?: Record<string, unknown>;
  ip?: string;
}

export async function recordAudit(entry: AuditInput, now = new Date()) {
  const db = await getDb();
  await db.insert(staffAuditLog).values({
    at: now,
    staffId: entry.staff?.id,
    staffEmail: entry.staff?.email ?? "unknown",
    action: entry.action,
    customerId: entry.customer?.id,
    customerEmail: entry.customer?.email,
    detail: entry.detail,
    ip: entry.ip,
  });
}

/** Newest first; `query` matches the staff email, action or customer email (case-insensitive). */
export async function searchAudit(query: string | undefined, limit = 200) {
  const db = await getDb();
  const q = query?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select()
    .from(staffAuditLog)
    .where(
      pattern
        ? or(ilike(staffAuditLog.staffEmail, pattern), ilike(staffAuditLog.action, pattern), ilike(staffAuditLog.customerEmail, pattern))
        : undefined,
    )
    .orderBy(desc(staffAuditLog.id))
    .limit(limit);
}
