import "server-only";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { hashPassword, verifyAgainstDummy, verifyPasswordHash } from "@/lib/auth/password";
import { RATE_LIMITED_MESSAGE, beginAttempt, succeedAttempt } from "@/lib/auth/rate-limit";
import type { Staff } from "@/lib/db/schema";
import { inviteOwner } from "./challenges";
import { type NewPasskey, listPasskeys } from "./passkey-store";
import { type RegistrationOptions, passkeyRegistrationOptions, verifyPasskeyAuthentication, verifyPasskeyRegistration } from "./passkeys";
import { createStaffSession } from "./sessions";
import {
  createStaff,
  getStaffByEmail,
  inviteTotpSecret,
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
 * Staff sign-in: a password, then a second factor that cannot be skipped (a TOTP code, a passkey,
 * or one recovery code). Both steps go through the customers' rate limits (lib/auth/rate-limit.ts) under
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

/**
 * Step 2 with a passkey: `response` must answer the challenge issued to this half-way session
 * (`owner`, ./challenges.ts) with one of the staff member's own passkeys. Same rate limit and
 * audit lines as a code.
 */
export async function staffPasskeyStep(
  member: Staff,
  owner: string,
  response: unknown,
  ip: string,
  opts: StepOptions = {},
): Promise<StepResult> {
  const key = `staff-factor:${member.id}`;
  const ticket = await beginAttempt(key, ip, opts.now);
  if (ticket.blocked) {
    await recordAudit({ staff: member, action: "sign-in.blocked", detail: { step: "second factor" }, ip }, opts.now);
    return { ok: false, message: RATE_LIMITED_MESSAGE };
  }
  if (ticket.delayMs > 0) await (opts.sleep ?? sleep)(ticket.delayMs);
  const credential = await verifyPasskeyAuthentication(owner, member.id, response, opts.now);
  if (!credential) {
    await recordAudit({ staff: member, action: "sign-in.factor-failed", detail: { method: "passkey" }, ip }, opts.now);
    return { ok: false, message: "The passkey was not accepted. Try again, or enter a code." };
  }
  await succeedAttempt(ticket.ids, key, ip);
  const { id, expiresAt } = await createStaffSession(member.id, { full: true, ip }, opts.now);
  await recordAudit({ staff: member, action: "sign-in", detail: { method: "passkey" }, ip }, opts.now);
  return { ok: true, sessionId: id, expiresAt };
}

/** Whether this staff member has a passkey to sign in with (the second-factor page offers it). */
export async function hasPasskeys(staffId: string): Promise<boolean> {
  return (await listPasskeys(staffId)).length > 0;
}

/** The invite page's TOTP secret, the same on every load until the invite is used; undefined without a live invite. */
export async function inviteSetup(token: string, now = new Date()) {
  const invite = await peekInvite(token, now);
  if (!invite) return undefined;
  const secret = await inviteTotpSecret(invite);
  return secret ? { email: invite.email, role: invite.role, secret } : undefined;
}

type InviteCheck = { ok: false; field?: "password"; message: string };
const INVITE_GONE = "This invite link has expired or was already used. Ask an admin for a new one.";

/**
 * Creating a passkey on the invite page: the password is judged first (so the ceremony is not
 * wasted on a weak one), then registration options for the future staff member (id = the invite's).
 */
export async function invitePasskeyOptions(
  input: { token: string; password: string; brokerName: string },
  now = new Date(),
): Promise<{ ok: true; options: RegistrationOptions } | InviteCheck> {
  const invite = await peekInvite(input.token, now);
  if (!invite) return { ok: false, message: INVITE_GONE };
  const verdict = checkNewPassword(input.password, [invite.email, input.brokerName]);
  if (!verdict.ok) return { ok: false, field: "password", message: verdict.message ?? "Choose a stronger password." };
  return { ok: true, options: await passkeyRegistrationOptions(inviteOwner(invite.id), { id: invite.id, email: invite.email }, [], now) };
}

export type InviteAcceptance =
  | { ok: true; member: Staff; recoveryCodes: string[]; sessionId: string; expiresAt: Date }
  | { ok: false; field?: "password" | "code"; message: string };

/**
 * First sign-in from an invite: the password is judged by the customers' policy, and the second
 * factor proven: either the invite page's TOTP secret (kept with the invite) with a current code,
 * or a passkey created just now against the invite's challenge. Then the invite is spent, the staff
 * member made (with the invite's id) with ten recovery codes (shown once) and a full session opened.
 */
export async function acceptInvite(
  input: {
    token: string;
    password: string;
    factor: { kind: "totp"; code: string } | { kind: "passkey"; response: unknown };
    ip: string;
    brokerName: string;
  },
  now = new Date(),
): Promise<InviteAcceptance> {
  const invite = await peekInvite(input.token, now);
  if (!invite) return { ok: false, message: INVITE_GONE };
  const verdict = checkNewPassword(input.password, [invite.email, input.brokerName]);
  if (!verdict.ok) return { ok: false, field: "password", message: verdict.message ?? "Choose a stronger password." };
  let factor: { totpSecret: string; totpLastStep: number } | { passkey: NewPasskey };
  if (input.factor.kind === "totp") {
    const secret = await inviteTotpSecret(invite);
    const step = secret ? await checkTotp(secret, input.factor.code, { now }) : undefined;
    if (!secret || step === undefined)
      return { ok: false, field: "code", message: "That code is not right. Enter the current code your app shows." };
    factor = { totpSecret: secret, totpLastStep: step };
  } else {
    const passkey = await verifyPasskeyRegistration(inviteOwner(invite.id), input.factor.response, now);
    if (!passkey) return { ok: false, message: "The passkey could not be set up. Try again, or use an authenticator app." };
    factor = { passkey };
  }
  if (!(await spendInvite(input.token, now))) return { ok: false, message: "This invite link was already used." };
  const recoveryCodes = newRecoveryCodes();
  const member = await createStaff({
    id: invite.id,
    email: invite.email,
    role: invite.role,
    passwordHash: await hashPassword(input.password),
    ...factor,
    recoveryCodes,
  });
  if (!member) return { ok: false, message: "A staff member with this email already exists." };
  const method = "passkey" in factor ? "passkey" : "totp";
  await recordAudit({ staff: member, action: "staff.invite-accepted", detail: { role: member.role, factor: method }, ip: input.ip }, now);
  const { id, expiresAt } = await createStaffSession(member.id, { full: true, ip: input.ip }, now);
  await recordAudit({ staff: member, action: "sign-in", detail: { method, first: true }, ip: input.ip }, now);
  return { ok: true, member, recoveryCodes, sessionId: id, expiresAt };
}
