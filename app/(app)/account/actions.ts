"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { changePassword } from "@/lib/accounts/change-password";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { authedAction } from "@/lib/actions/authed-action";
import { signOutSession } from "@/lib/auth/session-cookie";
import { updateUserDetails } from "@/lib/accounts/store";
import { type AccessPassResult, getSellerAccounts, setAccessPass } from "@/lib/imin/seller-accounts";
import { IminError } from "@/lib/imin/errors";
import { getCustomerAccount, updateCustomerDetails } from "@/lib/imin/customers";
import { getLinkedAccountsAfterChange } from "./data";
import { PROFILE_LABELS, diffProfile } from "./profile-diff";
import { accessPassSchema, changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileSchema } from "./schema";

export interface ProfileUpdateOutcome {
  sellerErrors: { sellerName: string; message: string }[];
  updatedSellers: string[];
  /** The linked sellers could not be read, so the change was not passed on to them. */
  sellersUnknown?: boolean;
}

export const updateProfileAction = authedAction(profileSchema, async (input, { user }) => {
  // The customer id comes from the signed-in user; the linked sellers from imin.
  // If the linked sellers can't be read, the change is still saved at imin and the person is told
  // it was not passed on to sellers.
  const [current, sellers] = await Promise.all([
    getCustomerAccount(user.iminCustomerId),
    getSellerAccounts(user.iminCustomerId).catch((e: unknown) => {
      if (e instanceof IminError) return undefined;
      throw e;
    }),
  ]);
  const { changes, cleared } = diffProfile(current, input);
  if (cleared.length) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fieldErrors: Object.fromEntries(
        cleared.map((k) => [k, [`${PROFILE_LABELS[k]} can be changed but not removed. Contact support to remove it.`]]),
      ),
    };
  }
  if (!Object.keys(changes).length) return { status: "success", message: "Nothing to save: your details are unchanged." };

  const linked = sellers?.accounts.filter((a) => a.linked) ?? [];
  const result = await updateCustomerDetails(
    user.iminCustomerId,
    changes,
    linked.map((a) => a.seller.id),
  );

  // imin accepted: now the greeting follows.
  if (changes.givenName !== undefined) await updateUserDetails(user.id, { givenName: changes.givenName });
  revalidatePath("/", "layout");
  const refusedIds = new Set(result.sellerErrors.map((e) => e.sellerId).filter(Boolean));
  const outcome: ProfileUpdateOutcome = {
    sellerErrors: result.sellerErrors.map((e) => ({
      sellerName: e.sellerName ?? linked.find((a) => a.seller.id === e.sellerId)?.seller.name ?? "A linked seller",
      message: e.message,
    })),
    updatedSellers: linked.filter((a) => !refusedIds.has(a.seller.id)).map((a) => a.seller.name),
    sellersUnknown: !sellers,
  };
  return {
    status: "success",
    message: "Your details have been saved.",
    data: outcome,
  };
});

/** Deletion needs the current password (a wrong one counts as a failed sign-in). */
export const deleteAccountAction = authedAction(deleteAccountSchema, async ({ currentPassword }, { user }) => {
  const result = await deleteAccount(user, currentPassword);
  if (!result.ok) return passwordRefused(result.message);
  await signOutSession();
  redirect("/sign-in?deleted=1");
});

function passwordRefused(message: string) {
  return { status: "error" as const, message, fieldErrors: { currentPassword: [message] } };
}

/** Other sessions end; this one stays signed in. */
export const changePasswordAction = authedAction(changePasswordSchema, async ({ currentPassword, newPassword }, { user }) => {
  const result = await changePassword(user, currentPassword, newPassword);
  if (!result.ok && result.reason === "weak") {
    return { status: "error", message: "Please check the highlighted fields.", fieldErrors: { newPassword: [result.message] } };
  }
  if (!result.ok) return passwordRefused(result.message);
  return { status: "success", message: "Your password has been changed. Other devices have been signed out." };
});

/** Sends a confirmation link to the new address; nothing changes until it is followed. */
export const changeEmailAction = authedAction(changeEmailSchema, async ({ newEmail, currentPassword }, { user }) => {
  if (newEmail === user.email) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fieldErrors: { newEmail: ["This is already your email address."] },
    };
  }
  const result = await requestEmailChange(user, currentPassword, newEmail);
  if (!result.ok) {
    if ("retryLater" in result)
      return { status: "error", message: "A confirmation link was sent recently. Please wait a few minutes before asking again." };
    return passwordRefused(result.message);
  }
  after(() =>
    result.followUp().catch((e: unknown) => {
      console.error(`email-change mail not queued: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return {
    status: "success",
    message: `We've sent a link to ${newEmail}. Open it within 24 hours to confirm the change; until then you sign in with ${user.email}.`,
  };
});

export interface AccessPassOutcome {
  text: string;
  applied: string[];
  refused: { sellerName: string; message: string }[];
  /** The linked sellers could not be listed, so "applied" is unknown. */
  sellersUnknown?: boolean;
}

export const setAccessPassAction = authedAction(accessPassSchema, async ({ accessPass }, { user }) => {
  let result: AccessPassResult;
  try {
    result = await setAccessPass(user.iminCustomerId, accessPass);
  } catch (error) {
    if (error instanceof IminError && error.kind === "refused") {
      return {
        status: "error",
        message: `Your access pass was not changed. ${error.description ?? error.customerMessage}`,
        fieldErrors: { accessPass: [error.description ?? "This card number was not accepted."] },
      };
    }
    throw error;
  }

  // Which linked sellers took it: every linked seller that is not in the error list.
  const sellers = await getLinkedAccountsAfterChange(user);
  const refusedIds = new Set(result.refused.map((r) => r.sellerId).filter(Boolean));
  const refusedNames = new Set(result.refused.map((r) => r.sellerName));
  const applied = (sellers ?? [])
    .filter((s) => s.linked && !refusedIds.has(s.seller.id) && !refusedNames.has(s.seller.name))
    .map((s) => s.seller.name);
  revalidatePath("/account");
  revalidatePath("/sellers");
  const outcome: AccessPassOutcome = {
    text: result.text,
    applied,
    refused: result.refused.map(({ sellerName, message }) => ({ sellerName, message })),
    sellersUnknown: !sellers,
  };
  return {
    status: "success",
    message: result.refused.length
      ? `Your access pass is now ${result.text}, but not every seller accepted it.`
      : `Your access pass is now ${result.text}.`,
    data: outcome,
  };
});
