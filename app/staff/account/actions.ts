"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { getBrokerConfig } from "@/lib/broker/config";
import { staffAction } from "@/lib/staff/action";
import { requireStaff } from "@/lib/staff/current";
import type { RegistrationOptions } from "@/lib/staff/passkeys";
import {
  type SelfServiceResult,
  addOwnPasskey,
  changeOwnPassword,
  confirmTotpEnrolment,
  ownPasskeyOptions,
  removeOwnPasskey,
  renewOwnRecoveryCodes,
} from "@/lib/staff/self-service";
import { setStaffSessionCookie } from "@/lib/staff/session-cookie";

/**
 * The staff member's own account. Every change ends their other sessions and gives this browser a
 * new session id (the cookie is set here); each is audited in lib/staff/self-service.ts.
 */
async function outcome(result: SelfServiceResult): Promise<ActionState> {
  if (!result.ok) {
    return result.field
      ? { status: "error", message: "Please check the highlighted fields.", fieldErrors: { [result.field]: [result.message] } }
      : { status: "error", message: result.message };
  }
  await setStaffSessionCookie(result.sessionId, result.expiresAt);
  revalidatePath("/staff/account");
  return { status: "success", message: result.message, data: result.recoveryCodes };
}

const confirmed = z.object({ confirm: z.literal("yes", "Confirm the action first.") });

export const changeOwnPasswordAction = staffAction(
  "support",
  z.object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: z.string().min(1, "Choose a new password.").max(200),
  }),
  async ({ currentPassword, newPassword }, staff) =>
    outcome(await changeOwnPassword(staff, { currentPassword, newPassword, brokerName: getBrokerConfig().name })),
);

export const confirmAuthenticatorAction = staffAction(
  "support",
  z.object({ code: z.string().trim().min(6, "Enter the code your app shows.").max(10) }),
  async ({ code }, staff) => {
    const result = await confirmTotpEnrolment(staff, code);
    if (!result.ok) return outcome(result);
    await setStaffSessionCookie(result.sessionId, result.expiresAt);
    redirect("/staff/account?authenticator=1");
  },
);

export const removePasskeyAction = staffAction(
  "support",
  confirmed.extend({ credentialId: z.string().regex(/^[A-Za-z0-9_-]{16,1400}$/, "No such passkey.") }),
  async ({ credentialId }, staff) => outcome(await removeOwnPasskey(staff, credentialId)),
);

export const newRecoveryCodesAction = staffAction("support", confirmed, async (_data, staff) =>
  outcome(await renewOwnRecoveryCodes(staff)),
);

/** Adding a passkey, step 1: a registration challenge for this session (the passkeys already there are excluded). */
export async function ownPasskeyOptionsAction(): Promise<RegistrationOptions> {
  return ownPasskeyOptions(await requireStaff());
}

/** Step 2: the browser's new credential. */
export async function addOwnPasskeyAction(response: unknown): Promise<ActionState> {
  return outcome(await addOwnPasskey(await requireStaff(), response));
}
