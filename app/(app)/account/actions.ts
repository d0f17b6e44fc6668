"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { changePassword } from "@/lib/accounts/change-password";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { authedAction } from "@/lib/actions/authed-action";
import { signOutSession } from "@/lib/auth/session-cookie";
import { updateUserDetails } from "@/lib/accounts/store";
import { type AccessPassResult, getSellerAccounts, setAccessPass } from "@/lib/imin/seller-accounts";
import { vkey } from "@/lib/i18n/validation";
import { IminError } from "@/lib/imin/errors";
import { CONFIRM_EMAIL_CHANGE_LINK_HOURS } from "@/lib/mail/lifetimes";
import { getCustomerAccount, updateCustomerDetails } from "@/lib/imin/customers";
import { getLinkedAccountsAfterChange } from "./data";
import { diffProfile } from "./profile-diff";
import { accessPassSchema, changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileSchema } from "./schema";

export interface ProfileUpdateOutcome {
  /** `sellerName` absent: imin did not name the seller (the form says "a linked seller"). */
  sellerErrors: { sellerName?: string; message: string }[];
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
      message: "validation.checkFields",
      fieldErrors: Object.fromEntries(cleared.map((k) => [k, [vkey("account.profile.cannotClear", { field: k })]])),
    };
  }
  if (!Object.keys(changes).length) return { status: "success", message: "account.profile.unchanged" };

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
      sellerName: e.sellerName ?? linked.find((a) => a.seller.id === e.sellerId)?.seller.name,
      message: e.message,
    })),
    updatedSellers: linked.filter((a) => !refusedIds.has(a.seller.id)).map((a) => a.seller.name),
    sellersUnknown: !sellers,
  };
  return {
    status: "success",
    message: "account.profile.saved",
    data: outcome,
  };
});

/** Deletion needs the current password (a wrong one counts as a failed sign-in). */
export const deleteAccountAction = authedAction(deleteAccountSchema, async ({ currentPassword }, { user }) => {
  const result = await deleteAccount(user, currentPassword);
  if (!result.ok) return passwordRefused(result.reason);
  await signOutSession();
  redirect("/sign-in?deleted=1");
});

/** A current password refused: wrong, or too many tries (lib's reason; its English message is not shown). */
function passwordRefused(reason: "invalid" | "rate_limited") {
  const message = reason === "rate_limited" ? "account.errors.rateLimited" : "account.errors.wrongCurrentPassword";
  return { status: "error" as const, message, fieldErrors: { currentPassword: [message] } };
}

/** Other sessions end; this one stays signed in. */
export const changePasswordAction = authedAction(changePasswordSchema, async ({ currentPassword, newPassword }, { user }) => {
  const result = await changePassword(user, currentPassword, newPassword);
  if (!result.ok && result.reason === "weak") {
    return { status: "error", message: "validation.checkFields", fieldErrors: { newPassword: [result.message] } };
  }
  if (!result.ok) return passwordRefused(result.reason);
  return { status: "success", message: "account.changePassword.done" };
});

/** Sends a confirmation link to the new address; nothing changes until it is followed. */
export const changeEmailAction = authedAction(changeEmailSchema, async ({ newEmail, currentPassword }, { user }) => {
  if (newEmail === user.email) {
    return {
      status: "error",
      message: "validation.checkFields",
      fieldErrors: { newEmail: ["account.changeEmail.same"] },
    };
  }
  const result = await requestEmailChange(user, currentPassword, newEmail);
  if (!result.ok) {
    if ("retryLater" in result) return { status: "error", message: "account.changeEmail.retryLater" };
    return passwordRefused(result.reason);
  }
  after(() =>
    result.followUp().catch((e: unknown) => {
      console.error(`email-change mail not queued: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return {
    status: "success",
    message: vkey("account.changeEmail.sent", { newEmail, hours: CONFIRM_EMAIL_CHANGE_LINK_HOURS, email: user.email }),
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
        message: vkey("account.accessPass.notChanged", { reason: error.description ?? error.customerMessage }),
        fieldErrors: { accessPass: [error.description ?? "account.accessPass.notAccepted"] },
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
    // Translated here, not as a key: a card number of digits only must not be formatted as a number.
    message: (await getTranslations("account.accessPass"))(result.refused.length ? "savedPartly" : "saved", { pass: result.text }),
    data: outcome,
  };
});
