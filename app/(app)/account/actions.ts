"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/auth";
import { authedAction } from "@/lib/actions/authed-action";
import { deleteUser, isEmailTakenByOther, updateUserDetails } from "@/lib/db/queries";
import { type AccessPassResult, getSellerAccounts, setAccessPass } from "@/lib/imin/accounts";
import { IminError } from "@/lib/imin/errors";
import { deleteCustomerAccount, getCustomerAccount, updateCustomerDetails } from "@/lib/imin/customers";
import { getLinkedAccountsAfterChange } from "./data";
import { PROFILE_LABELS, diffProfile } from "./profile-diff";
import { accessPassSchema, deleteAccountSchema, profileSchema } from "./schema";

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
  if (changes.email && (await isEmailTakenByOther(changes.email, user.id))) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fieldErrors: { email: ["Another account already uses this email address."] },
    };
  }

  const linked = sellers?.accounts.filter((a) => a.linked) ?? [];
  const result = await updateCustomerDetails(
    user.iminCustomerId,
    changes,
    linked.map((a) => a.seller.id),
  );

  // imin accepted: now the sign-in email and greeting follow.
  const saved = await updateUserDetails(user.id, {
    email: changes.email,
    givenName: changes.givenName,
  });
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
    message: saved
      ? "Your details have been saved."
      : "Your details have been saved, but your sign-in email is unchanged because another account uses that address.",
    data: outcome,
  };
});

export const deleteAccountAction = authedAction(deleteAccountSchema, async ({ confirmEmail }, { user }) => {
  if (confirmEmail !== user.email.toLowerCase()) {
    return {
      status: "error",
      message: "Please check the highlighted field.",
      fieldErrors: { confirmEmail: ["That is not the email address of this account."] },
    };
  }
  // imin first: if it fails, nothing is deleted here either.
  await deleteCustomerAccount(user.iminCustomerId);
  await deleteUser(user.id);
  await signOut({ redirectTo: "/sign-in?deleted=1" });
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
