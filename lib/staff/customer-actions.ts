import "server-only";
import { allowAmbiguousRetry, attachAmbiguousOperation, getCreateOperation } from "@/lib/accounts/create-store";
import { eraseAccount } from "@/lib/accounts/delete-account";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { deleteUser } from "@/lib/accounts/store";
import { mayIssueToken } from "@/lib/accounts/tokens";
import { sendVerificationLink } from "@/lib/accounts/verify-email";
import { revokeSessions } from "@/lib/auth/sessions";
import { clearEmailFailures, endSessions } from "@/lib/auth/store";
import { revokeCalendarFeeds } from "@/lib/calendar/store";
import type { User } from "@/lib/db/schema";
import { customerAccountUrl } from "@/lib/imin/customers";
import { deliverMail } from "@/lib/mail/deliver";
import { requeueFailedMail } from "@/lib/mail/outbox";
import { endProviderSessionsOfLogin } from "@/lib/oidc/sign-out";
import { getCustomer } from "./customers";
import { recordAudit } from "./store";

/**
 * What staff do for a customer. Each call names the staff member (for the audit line) and the
 * customer by login id, re-reads the login, acts through the customer's own code paths, and writes
 * one audit line saying what happened. Links are mailed to the customer, never returned.
 */

export interface Actor {
  id: string;
  email: string;
  ip: string;
}

export type CustomerActionResult = { ok: boolean; message: string };

const CUSTOMER_ACTIONS = [
  "resend-confirmation",
  "send-reset",
  "clear-lockout",
  "sign-out-everywhere",
  "calendar-off",
  "retry-create",
  "attach-create",
  "delete",
] as const;
type CustomerActionName = (typeof CUSTOMER_ACTIONS)[number];

/** Confirmation links a staff member may have mailed: no gap, six an hour (with the customer's own). */
const STAFF_RESEND_LIMITS = { perHour: 6, gapSeconds: 0 };

async function act(
  actor: Actor,
  customerId: string,
  action: CustomerActionName,
  run: (user: User) => Promise<CustomerActionResult & { detail?: Record<string, unknown> }>,
): Promise<CustomerActionResult> {
  const user = await getCustomer(customerId);
  if (!user) return { ok: false, message: "No such customer." };
  const result = await run(user);
  await recordAudit({
    staff: actor,
    action: `customer.${action}`,
    customer: { id: user.id, email: user.email },
    detail: { ok: result.ok, ...result.detail },
    ip: actor.ip,
  });
  return { ok: result.ok, message: result.message };
}

export function resendConfirmation(actor: Actor, customerId: string) {
  return act(actor, customerId, "resend-confirmation", async (user) => {
    if (user.emailVerifiedAt) return { ok: false, message: "This email address is already confirmed." };
    // Staff send when the customer asks on the phone, so no minute's gap; still a cap per hour.
    const sent = (await mayIssueToken(user.id, "verify_email", STAFF_RESEND_LIMITS)).ok;
    if (sent) await sendVerificationLink(user);
    return sent
      ? { ok: true, message: "A new confirmation link was mailed to the customer." }
      : { ok: false, message: "Not sent: the customer's limit of confirmation links was reached. Try again in a few minutes." };
  });
}

export function sendResetLink(actor: Actor, customerId: string) {
  return act(actor, customerId, "send-reset", async (user) => {
    const sent = await requestPasswordReset(user.email);
    return sent
      ? { ok: true, message: "A password reset link was mailed to the customer." }
      : { ok: false, message: "Not sent: the customer's limit of reset links was reached. Try again later." };
  });
}

export function clearLockout(actor: Actor, customerId: string) {
  return act(actor, customerId, "clear-lockout", async (user) => {
    const cleared = await clearEmailFailures(user.email);
    return {
      ok: true,
      message: cleared ? "The lockout is cleared: the customer can sign in again." : "There was no lockout.",
      detail: { cleared },
    };
  });
}

/** Like the customer's own "sign out everywhere": every session, the OpenID sessions and the calendar link end. */
export function signOutEverywhere(actor: Actor, customerId: string) {
  return act(actor, customerId, "sign-out-everywhere", async (user) => {
    const ended = await revokeSessions(user.id);
    await endSessions(user.id);
    await endProviderSessionsOfLogin(user.id);
    await revokeCalendarFeeds(user.id);
    return {
      ok: true,
      message: `Signed out everywhere (${ended} session${ended === 1 ? "" : "s"} ended); the calendar link is off.`,
      detail: { ended },
    };
  });
}

export function turnOffCalendarFeed(actor: Actor, customerId: string) {
  return act(actor, customerId, "calendar-off", async (user) => {
    await revokeCalendarFeeds(user.id);
    return { ok: true, message: "The private calendar link is off." };
  });
}

export function retryParkedCreate(actor: Actor, customerId: string) {
  return act(actor, customerId, "retry-create", async (user) => {
    const op = await getCreateOperation(user.id);
    const allowed = op ? await allowAmbiguousRetry(op.id) : false;
    return allowed
      ? { ok: true, message: "Allowed: the customer's next sign-in creates the imin account once more.", detail: { operation: op?.id } }
      : { ok: false, message: "Not allowed: no parked create, or it was already retried once (attach it instead)." };
  });
}

export function attachParkedCreate(actor: Actor, customerId: string, iminCustomerId: string) {
  return act(actor, customerId, "attach-create", async (user) => {
    const op = await getCreateOperation(user.id);
    const attached = op
      ? await attachAmbiguousOperation(op.id, { customerId: iminCustomerId, customerUrl: customerAccountUrl(iminCustomerId) })
      : false;
    return attached
      ? { ok: true, message: "Attached: the login now uses that imin Customer Account.", detail: { iminCustomerId } }
      : { ok: false, message: "No parked create to attach." };
  });
}

/** The customer's own erasure path (family members, then imin, then the login). Admins only (checked by the caller). */
export function deleteCustomer(actor: Actor, customerId: string) {
  return act(actor, customerId, "delete", async (user) => {
    if (user.iminCustomerId) await eraseAccount({ id: user.id, iminCustomerId: user.iminCustomerId });
    else await deleteUser(user.id);
    return { ok: true, message: `The account of ${user.email} is deleted.` };
  });
}

/** A failed mail to the customer goes out again now. */
export async function resendFailedMail(actor: Actor, customerId: string, mailId: string): Promise<CustomerActionResult> {
  const user = await getCustomer(customerId);
  if (!user) return { ok: false, message: "No such customer." };
  const requeued = /^[0-9a-f-]{36}$/i.test(mailId) && (await requeueFailedMail(mailId, user.email));
  const status = requeued ? await deliverMail(mailId) : undefined;
  await recordAudit({
    staff: actor,
    action: "customer.mail-resend",
    customer: { id: user.id, email: user.email },
    detail: { mail: mailId, ok: requeued, status },
    ip: actor.ip,
  });
  if (!requeued) return { ok: false, message: "Only a failed mail to this customer can be sent again." };
  return { ok: true, message: status === "sent" ? "Sent." : `Queued again (${status}).` };
}
