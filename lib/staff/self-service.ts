import "server-only";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { hashPassword, verifyPasswordHash } from "@/lib/auth/password";
import { RATE_LIMITED_MESSAGE, beginAttempt, succeedAttempt } from "@/lib/auth/rate-limit";
import { sessionOwner } from "./challenges";
import type { StaffUser } from "./current";
import { addPasskey, listPasskeys, removePasskey } from "./passkey-store";
import { type RegistrationOptions, passkeyRegistrationOptions, verifyPasskeyRegistration } from "./passkeys";
import { renewAfterCredentialChange } from "./sessions";
import {
  getStaffById,
  normalizeStaffEmail,
  pendingTotpSecret,
  promotePendingTotp,
  recordAudit,
  replaceRecoveryCodes,
  setStaffPasswordHash,
} from "./store";
import { checkTotp, newRecoveryCodes } from "./totp";

/**
 * A staff member's own account (/staff/account): change the password (the current one first, under
 * the sign-in's rate limit), set up a new TOTP app, add or remove passkeys, make new recovery codes.
 * Each change ends every other session of theirs (this browser gets a new session id) and is
 * written to the audit log. A staff member always keeps a second factor: the last one cannot be
 * removed.
 */

type Renewed = { sessionId: string; expiresAt: Date };
export type SelfServiceResult =
  | ({ ok: true; message: string; recoveryCodes?: string[] } & Renewed)
  | { ok: false; field?: "currentPassword" | "newPassword" | "code"; message: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function renewed(staff: StaffUser, action: string, detail: Record<string, unknown> | undefined, now: Date): Promise<Renewed> {
  const session = await renewAfterCredentialChange(staff.id, staff.sessionId, staff.ip, now);
  await recordAudit({ staff, action, detail, ip: staff.ip }, now);
  return { sessionId: session.id, expiresAt: session.expiresAt };
}

export async function changeOwnPassword(
  staff: StaffUser,
  input: { currentPassword: string; newPassword: string; brokerName: string },
  opts: { now?: Date; sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<SelfServiceResult> {
  const now = opts.now ?? new Date();
  const verdict = checkNewPassword(input.newPassword, [staff.email, input.brokerName]);
  if (!verdict.ok) return { ok: false, field: "newPassword", message: verdict.message ?? "Choose a stronger password." };
  if (input.newPassword === input.currentPassword)
    return { ok: false, field: "newPassword", message: "Choose a password you have not been using." };
  // The same key as the sign-in's password step: guesses here and there count together.
  const key = `staff:${normalizeStaffEmail(staff.email)}`;
  const ticket = await beginAttempt(key, staff.ip, now);
  if (ticket.blocked) {
    await recordAudit({ staff, action: "account.password-blocked", ip: staff.ip }, now);
    return { ok: false, message: RATE_LIMITED_MESSAGE };
  }
  if (ticket.delayMs > 0) await (opts.sleep ?? sleep)(ticket.delayMs);
  const member = await getStaffById(staff.id);
  if (!member || !(await verifyPasswordHash(member.passwordHash, input.currentPassword))) {
    await recordAudit({ staff, action: "account.password-failed", ip: staff.ip }, now);
    return { ok: false, field: "currentPassword", message: "That is not your current password." };
  }
  await succeedAttempt(ticket.ids, key, staff.ip);
  await setStaffPasswordHash(staff.id, await hashPassword(input.newPassword), now);
  return {
    ok: true,
    message: "Your password is changed. Your other staff sessions are signed out.",
    ...(await renewed(staff, "account.password-changed", undefined, now)),
  };
}

/** The pending TOTP setup of the account page (the same key until it is proven). */
export async function totpEnrolment(staff: StaffUser) {
  return pendingTotpSecret(staff.id);
}

export async function confirmTotpEnrolment(staff: StaffUser, code: string, now = new Date()): Promise<SelfServiceResult> {
  const pending = await pendingTotpSecret(staff.id);
  const step = pending ? await checkTotp(pending, code, { now }) : undefined;
  if (!pending || step === undefined)
    return { ok: false, field: "code", message: "That code is not right. Enter the current code your app shows." };
  if (!(await promotePendingTotp(staff.id, pending, step, now))) return { ok: false, message: "Reload the page and try again." };
  return {
    ok: true,
    message: "Your new authenticator app is set up; codes from the old one no longer work. Your other staff sessions are signed out.",
    ...(await renewed(staff, "account.totp-enrolled", undefined, now)),
  };
}

export async function ownPasskeyOptions(staff: StaffUser, now = new Date()): Promise<RegistrationOptions> {
  return passkeyRegistrationOptions(sessionOwner(staff.sessionId), staff, await listPasskeys(staff.id), now);
}

export async function addOwnPasskey(staff: StaffUser, response: unknown, now = new Date()): Promise<SelfServiceResult> {
  const passkey = await verifyPasskeyRegistration(sessionOwner(staff.sessionId), response, now);
  if (!passkey || !(await addPasskey(staff.id, passkey, now)))
    return { ok: false, message: "The passkey could not be added. Please try again." };
  return {
    ok: true,
    message: "Passkey added. Your other staff sessions are signed out.",
    ...(await renewed(staff, "account.passkey-added", { credential: passkey.credentialId.slice(0, 12) }, now)),
  };
}

export async function removeOwnPasskey(staff: StaffUser, credentialId: string, now = new Date()): Promise<SelfServiceResult> {
  const [member, passkeys] = await Promise.all([getStaffById(staff.id), listPasskeys(staff.id)]);
  if (!passkeys.some((p) => p.credentialId === credentialId)) return { ok: false, message: "No such passkey." };
  if (!member?.totpSecretSealed && passkeys.length === 1)
    return { ok: false, message: "This is your only second factor: set up an authenticator app or another passkey first." };
  if (!(await removePasskey(staff.id, credentialId))) return { ok: false, message: "No such passkey." };
  return {
    ok: true,
    message: "Passkey removed. Your other staff sessions are signed out.",
    ...(await renewed(staff, "account.passkey-removed", { credential: credentialId.slice(0, 12) }, now)),
  };
}

export async function renewOwnRecoveryCodes(staff: StaffUser, now = new Date()): Promise<SelfServiceResult> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(staff.id, codes);
  return {
    ok: true,
    message:
      "New recovery codes: the old ones no longer work. Keep these somewhere safe; they are shown only now. Your other staff sessions are signed out.",
    recoveryCodes: codes,
    ...(await renewed(staff, "account.recovery-codes-renewed", undefined, now)),
  };
}

/** What the account page shows: the second factors in place (never a secret). */
export async function ownFactors(staff: StaffUser) {
  const [member, passkeys] = await Promise.all([getStaffById(staff.id), listPasskeys(staff.id)]);
  return {
    totp: Boolean(member?.totpSecretSealed),
    passkeys: passkeys.map((p) => ({ id: p.credentialId, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt })),
  };
}
