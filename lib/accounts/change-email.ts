import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { changeUserEmail, getUserByEmail, getUserById } from "@/lib/accounts/store";
import { spendAllAccountTokens } from "@/lib/accounts/token-store";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { updateCustomerDetails } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";
import { loginLocale } from "@/lib/i18n/store";
import { sendMail } from "@/lib/mail/send";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { type PasswordRecheck, verifyPassword } from "@/lib/auth/verify-login";
import { revokeSessions } from "@/lib/auth/sessions";
import { consumeToken, issueToken, mayIssueToken } from "./tokens";

const CONFIRM_LIMITS = { perHour: 3, gapSeconds: 60 };

export type EmailChangeRequest =
  /** `followUp` mails the link (nothing, for an address another login holds): run it after answering. */
  { ok: true; followUp: () => Promise<void> } | Exclude<PasswordRecheck, { ok: true }> | { ok: false; retryLater: true };

/**
 * Asks to move the login to `newEmail`: the current password first, then a confirmation link to
 * the new address. Whether another login holds that address changes nothing the person can see:
 * the send limit is checked and a link is issued (it counts toward the limit) either way, and only
 * the mail, sent after the answer, is left out, so neither the words nor the timing tell which
 * addresses have accounts.
 */
export async function requestEmailChange(
  user: PortalUser,
  currentPassword: string,
  newEmail: string,
  now = new Date(),
): Promise<EmailChangeRequest> {
  const check = await verifyPassword(user, currentPassword);
  if (!check.ok) return check;
  if (!(await mayIssueToken(user.id, "change_email", CONFIRM_LIMITS, now)).ok) return { ok: false, retryLater: true };
  // Issued for a taken address too, and never mailed: nobody holds it, and confirming refuses a taken address.
  const token = await issueToken({ userId: user.id, purpose: "change_email", newEmail }, now);
  const taken = Boolean(await getUserByEmail(newEmail));
  return {
    ok: true,
    followUp: async () => {
      if (taken) return;
      const locale = await loginLocale(user.id);
      await sendMail(
        "confirm-email-change",
        newEmail,
        { newEmail, confirmUrl: mailPortalUrl(`/confirm-email?token=${token}`, locale) },
        { locale },
      );
    },
  };
}

export type ConfirmEmailResult =
  | { status: "changed"; email: string }
  | { status: "invalid" }
  /** Another login took the address since the link was sent. */
  | { status: "taken" }
  | { status: "failed"; message: string };

/**
 * Follows a confirmation link: imin's Customer Account (and the linked sellers) first, then the
 * login. The old address is told; every session ends but the one confirming, if it is the owner's.
 */
export async function confirmEmailChange(token: string, signedIn: PortalUser | null, now = new Date()): Promise<ConfirmEmailResult> {
  const row = await consumeToken(token, "change_email", now);
  if (!row?.newEmail) return { status: "invalid" };
  const user = await getUserById(row.userId);
  if (!user) return { status: "invalid" };
  const newEmail = row.newEmail;
  if (await getUserByEmail(newEmail)) return { status: "taken" };

  if (user.iminCustomerId) {
    try {
      const sellers = await getSellerAccounts(user.iminCustomerId).catch(() => undefined);
      const linked = sellers?.accounts.filter((a) => a.linked).map((a) => a.seller.id) ?? [];
      await updateCustomerDetails(user.iminCustomerId, { email: newEmail }, linked);
    } catch (e) {
      if (e instanceof IminError) return { status: "failed", message: e.customerMessage };
      throw e;
    }
  }
  if (!(await changeUserEmail(user.id, newEmail))) return { status: "taken" };
  await spendAllAccountTokens(user.id, now);
  await revokeSessions(user.id, { except: signedIn?.id === user.id ? signedIn.sessionId : undefined });
  await sendMail("email-changed", user.email, { name: user.givenName ?? undefined, newEmail }, { locale: recipientLocale(user.locale) });
  return { status: "changed", email: newEmail };
}
