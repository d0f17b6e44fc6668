import "server-only";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { hashPassword, verifyAgainstDummy, verifyPasswordHash } from "@/lib/auth/password";
import { RATE_LIMITED_MESSAGE, beginAttempt, succeedAttempt } from "@/lib/auth/rate-limit";
import type { Staff } from "@/lib/db/schema";
import { createStaffSession } from "./sessions";
import {
  createStaff,
  getStaffByEmail,
  markTotpStep,
  normalizeStaffEmail,
  peekInvite,
  recordAudit,
  spendInvite,
  totpSecretOf,
  spendRecoveryCode,
} from "./store";
import { checkTotp, newRecoveryCodes } from "./totp";

/**
 * Staff sign-in: a password, then a second factor that cannot be skipped (a TOTP code, or one
 * recovery code). Both steps go through the customers' rate limits (lib/auth/rate-limit.ts) under
 * keys of their own (`staff:<email>`, `staff-factor:<id>`), so they are exactly as strict and a
 * staff member's failures never lock a customer. Every outcome is written to the audit log.
 */

const WRONG_CREDENTIALS = "The email or password is not right.";
const WRONG_CODE = "That code is not right. Enter the current code from your app, or a recovery code.";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const staffRateKey = (email: string) => `staff:${normalizeStaffEmail(email)}`;

type StepResult = { ok: true; sessionId: string; expiresAt: Date } | { ok: false; message: string };

interface StepOptions {
  now?: Date;
  sleep?: (ms: number) => Promise<unknown>;
}

/** Step 1: the password. Success opens a half-way session (it opens only the second-factor step). */
export async function staffPasswordStep(email: string, password: string, ip: string, opts: StepOptions = {}): Promise<StepResult> {
  const normalized = normalizeStaffEmail(email);
  const ticket = await beginAttempt(staffRateKey(normalized), ip, opts.now);
  if (ticket.blocked) {
    await recordAudit({ staff: { email: normalized }, action: "sign-in.blocked", ip }, opts.now);
    return { ok: false, message: RATE_LIMITED_MESSAGE };
  }
  if (ticket.delayMs > 0) await (opts.sleep ?? sleep)(ticket.delayMs);
  const member = normalized && password ? await getStaffByEmail(normalized) : undefined;
  const ok = member && !member.disabledAt ? await verifyPasswordHash(member.passwordHash, password) : await verifyAgainstDummy(password);
  if (!ok || !member) {
    await recordAudit({ staff: { id: member?.id, email: normalized }, action: "sign-in.password-failed", ip }, opts.now);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  await succeedAttempt(ticket.ids, staffRateKey(normalized), ip);
  const { id, expiresAt } = await createStaffSession(member.id, { full: false, ip }, opts.now);
  return { ok: true, sessionId: id, expiresAt };
}

/** Step 2: a TOTP code or a recovery code, for the staff member of a half-way session. Success: a full session. */
export async function staffSecondFactorStep(member: Staff, code: string, ip: string, opts: StepOptions = {}): Promise<StepResult> {
  const key = `staff-factor:${member.id}`;
  const ticket = await beginAttempt(key, ip, opts.now);
  if (ticket.blocked) {
    await recordAudit({ staff: member, action: "sign-in.blocked", detail: { step: "second factor" }, ip }, opts.now);
    return { ok: false, message: RATE_LIMITED_MESSAGE };
  }
  if (ticket.delayMs > 0) await (opts.sleep ?? sleep)(ticket.delayMs);
  let method: "totp" | "recovery code" | undefined;
  const secret = totpSecretOf(member);
  const step = secret ? await checkTotp(secret, code, { afterStep: member.totpLastStep, now: opts.now }) : undefined;
  if (step !== undefined && (await markTotpStep(member.id, step))) method = "totp";
  else if (/^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim()) && (await spendRecoveryCode(member.id, code, opts.now)))
    method = "recovery code";
  if (!method) {
    await recordAudit({ staff: member, action: "sign-in.factor-failed", ip }, opts.now);
    return { ok: false, message: WRONG_CODE };
  }
  await succeedAttempt(ticket.ids, key, ip);
  const { id, expiresAt } = await createStaffSession(member.id, { full: true, ip }, opts.now);
  await recordAudit({ staff: member, action: "sign-in", detail: { method }, ip }, opts.now);
  return { ok: true, sessionId: id, expiresAt };
}

export type InviteAcceptance =
  | { ok: true; member: Staff; recoveryCodes: string[]; sessionId: string; expiresAt: Date }
  | { ok: false; field?: "password" | "code"; message: string };

/**
 * First sign-in from an invite: the password is judged by the customers' policy, the TOTP secret
 * (generated on the invite page) must be proven with a current code; then the invite is spent,
 * the staff member made with ten recovery codes (shown once) and a full session opened.
 */
export async function acceptInvite(
  input: { token: string; password: string; totpSecret: string; code: string; ip: string; brokerName: string },
  now = new Date(),
): Promise<InviteAcceptance> {
  const invite = await peekInvite(input.token, now);
  if (!invite) return { ok: false, message: "This invite link has expired or was already used. Ask an admin for a new one." };
  const verdict = checkNewPassword(input.password, [invite.email, input.brokerName]);
  if (!verdict.ok) return { ok: false, field: "password", message: verdict.message ?? "Choose a stronger password." };
  const step = await checkTotp(input.totpSecret, input.code, { now });
  if (step === undefined) return { ok: false, field: "code", message: "That code is not right. Enter the current code your app shows." };
  if (!(await spendInvite(input.token, now))) return { ok: false, message: "This invite link was already used." };
  const recoveryCodes = newRecoveryCodes();
  const member = await createStaff({
    email: invite.email,
    role: invite.role,
    passwordHash: await hashPassword(input.password),
    totpSecret: input.totpSecret,
    totpLastStep: step,
    recoveryCodes,
  });
  if (!member) return { ok: false, message: "A staff member with this email already exists." };
  await recordAudit({ staff: member, action: "staff.invite-accepted", detail: { role: member.role }, ip: input.ip }, now);
  const { id, expiresAt } = await createStaffSession(member.id, { full: true, ip: input.ip }, now);
  await recordAudit({ staff: member, action: "sign-in", detail: { method: "totp", first: true }, ip: input.ip }, now);
  return { ok: true, member, recoveryCodes, sessionId: id, expiresAt };
}
