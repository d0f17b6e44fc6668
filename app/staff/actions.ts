"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { validatedAction } from "@/lib/actions/authed-action";
import { clientIp } from "@/lib/auth/client-ip";
import { getBrokerConfig } from "@/lib/broker/config";
import { staffAction } from "@/lib/staff/action";
import { sessionOwner } from "@/lib/staff/challenges";
import { getHalfSignedInStaff, staffSessionIdFromCookie } from "@/lib/staff/current";
import { listPasskeys } from "@/lib/staff/passkey-store";
import { type AuthenticationOptions, type RegistrationOptions, passkeyAuthenticationOptions } from "@/lib/staff/passkeys";
import {
  attachParkedCreate,
  clearLockout,
  deleteCustomer,
  resendConfirmation,
  resendFailedMail,
  retryParkedCreate,
  sendResetLink,
  signOutEverywhere,
  turnOffCalendarFeed,
} from "@/lib/staff/customer-actions";
import { actOnDeadJob } from "@/lib/staff/ops";
import { STAFF_ROLES } from "@/lib/staff/roles";
import { clearStaffSessionCookie, setStaffSessionCookie } from "@/lib/staff/session-cookie";
import {
  type InviteAcceptance,
  acceptInvite,
  invitePasskeyOptions,
  staffPasskeyStep,
  staffPasswordStep,
  staffSecondFactorStep,
} from "@/lib/staff/sign-in";
import { createInvite, getStaffByEmail, recordAudit } from "@/lib/staff/store";
import { portalUrl } from "@/lib/portal-url";

const ip = async () => clientIp(await headers());

// ---- sign-in ------------------------------------------------------------------------------------------

export const staffPasswordAction = validatedAction(
  z.object({ email: z.string().trim().min(1, "Enter your email.").max(320), password: z.string().min(1, "Enter your password.").max(200) }),
  async ({ email, password }) => {
    const result = await staffPasswordStep(email, password, await ip());
    if (!result.ok) return { status: "error", message: result.message };
    await setStaffSessionCookie(result.sessionId, result.expiresAt);
    redirect("/staff/sign-in/verify");
  },
);

export const staffFactorAction = validatedAction(
  z.object({ code: z.string().trim().min(6, "Enter the code.").max(20) }),
  async ({ code }) => {
    const member = await getHalfSignedInStaff();
    if (!member) redirect("/staff/sign-in?expired=1");
    const result = await staffSecondFactorStep(member, code, await ip());
    if (!result.ok) return { status: "error", message: result.message };
    await setStaffSessionCookie(result.sessionId, result.expiresAt);
    redirect("/staff");
  },
);

/** The second-factor page's passkey button, step 1: a challenge for this half-way session and the staff member's passkeys. */
export async function staffPasskeyOptionsAction(): Promise<{ options: AuthenticationOptions } | { error: string }> {
  const member = await getHalfSignedInStaff();
  const sessionId = await staffSessionIdFromCookie();
  if (!member || !sessionId) redirect("/staff/sign-in?expired=1");
  const passkeys = await listPasskeys(member.id);
  if (!passkeys.length) return { error: "You have no passkey yet. Enter a code instead." };
  return { options: await passkeyAuthenticationOptions(sessionOwner(sessionId), passkeys) };
}

/** Step 2: the browser's signature; a full session on success. */
export async function staffPasskeySignInAction(response: unknown): Promise<{ error: string }> {
  const member = await getHalfSignedInStaff();
  const sessionId = await staffSessionIdFromCookie();
  if (!member || !sessionId) redirect("/staff/sign-in?expired=1");
  const result = await staffPasskeyStep(member, sessionOwner(sessionId), response, await ip());
  if (!result.ok) return { error: result.message };
  await setStaffSessionCookie(result.sessionId, result.expiresAt);
  redirect("/staff");
}

async function inviteOutcome(result: InviteAcceptance): Promise<ActionState> {
  if (!result.ok) {
    return result.field
      ? { status: "error", message: "Please check the highlighted fields.", fieldErrors: { [result.field]: [result.message] } }
      : { status: "error", message: result.message };
  }
  await setStaffSessionCookie(result.sessionId, result.expiresAt);
  return {
    status: "success",
    message: "Welcome. Keep these recovery codes somewhere safe: each works once, and they are shown only now.",
    data: result.recoveryCodes,
  };
}

const inviteToken = z.string().min(1).max(100);
const invitePassword = z.string().min(1, "Choose a password.").max(200);

export const acceptInviteAction = validatedAction(
  z.object({
    token: inviteToken,
    password: invitePassword,
    code: z.string().trim().min(6, "Enter the code your app shows.").max(10),
  }),
  async ({ token, password, code }) =>
    inviteOutcome(
      await acceptInvite({ token, password, factor: { kind: "totp", code }, ip: await ip(), brokerName: getBrokerConfig().name }),
    ),
);

/** The invite page's passkey path, step 1: the password is judged, then a registration challenge for the invite. */
export async function invitePasskeyOptionsAction(
  token: string,
  password: string,
): Promise<{ options: RegistrationOptions } | { error: ActionState }> {
  const input = z.object({ token: inviteToken, password: invitePassword }).safeParse({ token, password });
  if (!input.success)
    return {
      error: { status: "error", message: "Please check the highlighted fields.", fieldErrors: { password: ["Choose a password."] } },
    };
  const result = await invitePasskeyOptions({ ...input.data, brokerName: getBrokerConfig().name });
  if (result.ok) return { options: result.options };
  return { error: await inviteOutcome(result) };
}

/** Step 2: the new passkey; the invite is accepted as with a code. */
export async function acceptInvitePasskeyAction(token: string, password: string, response: unknown): Promise<ActionState> {
  const input = z.object({ token: inviteToken, password: invitePassword }).safeParse({ token, password });
  if (!input.success) return { status: "error", message: "Choose a password." };
  return inviteOutcome(
    await acceptInvite({ ...input.data, factor: { kind: "passkey", response }, ip: await ip(), brokerName: getBrokerConfig().name }),
  );
}

export async function staffSignOutAction() {
  await clearStaffSessionCookie();
  redirect("/staff/sign-in?signedOut=1");
}

// ---- for a customer (each confirmed in the form, each audited) ------------------------------------

const customerForm = z.object({
  customerId: z.uuid("No such customer."),
  confirm: z.literal("yes", "Confirm the action first."),
});

function done(customerId: string, result: { ok: boolean; message: string }): ActionState {
  revalidatePath(`/staff/customers/${customerId}`);
  return { status: result.ok ? "success" : "error", message: result.message };
}

export const resendConfirmationAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await resendConfirmation(staff, customerId)),
);
export const sendResetAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await sendResetLink(staff, customerId)),
);
export const clearLockoutAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await clearLockout(staff, customerId)),
);
export const signOutEverywhereAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await signOutEverywhere(staff, customerId)),
);
export const calendarOffAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await turnOffCalendarFeed(staff, customerId)),
);
export const retryCreateAction = staffAction("support", customerForm, async ({ customerId }, staff) =>
  done(customerId, await retryParkedCreate(staff, customerId)),
);
export const attachCreateAction = staffAction(
  "support",
  customerForm.extend({
    iminCustomerId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, "Enter the imin customer identifier."),
  }),
  async ({ customerId, iminCustomerId }, staff) => done(customerId, await attachParkedCreate(staff, customerId, iminCustomerId)),
);
export const resendMailAction = staffAction("support", customerForm.extend({ mailId: z.uuid() }), async ({ customerId, mailId }, staff) =>
  done(customerId, await resendFailedMail(staff, customerId, mailId)),
);
export const deleteCustomerAction = staffAction("admin", customerForm, async ({ customerId }, staff) => {
  const result = await deleteCustomer(staff, customerId);
  if (result.ok) redirect(`/staff?deleted=1`);
  return done(customerId, result);
});

// ---- jobs and staff (admin) -----------------------------------------------------------------------

const jobForm = z.object({
  queue: z.string().min(1).max(100),
  jobId: z.uuid(),
  confirm: z.literal("yes", "Confirm the action first."),
});

export const retryJobAction = staffAction("admin", jobForm, async ({ queue, jobId }, staff) => {
  const result = await actOnDeadJob(staff, "retry", queue, jobId);
  revalidatePath("/staff/operations");
  return { status: result.ok ? "success" : "error", message: result.message };
});

export const deleteJobAction = staffAction("admin", jobForm, async ({ queue, jobId }, staff) => {
  const result = await actOnDeadJob(staff, "delete", queue, jobId);
  revalidatePath("/staff/operations");
  return { status: result.ok ? "success" : "error", message: result.message };
});

export const inviteStaffAction = staffAction(
  "admin",
  z.object({ email: z.email("Enter an email address.").max(320), role: z.enum(STAFF_ROLES) }),
  async ({ email, role }, staff) => {
    if (await getStaffByEmail(email)) return { status: "error", message: `${email} is already a staff member.` };
    const { token, expiresAt } = await createInvite({ email, role, invitedBy: staff.id });
    await recordAudit({ staff, action: "staff.invite", detail: { email: email.toLowerCase(), role }, ip: staff.ip });
    return {
      status: "success",
      message: `Invite for ${email.toLowerCase()} (${role}), one use, until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Hand this link to them:`,
      data: portalUrl(`/staff/invite?token=${token}`),
    };
  },
);
