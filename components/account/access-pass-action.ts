"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { getSellerAccounts, setAccessPass, type SellerAccount } from "@/lib/imin/accounts";
import { IminError } from "@/lib/imin/errors";
import { processPendingFor, recordCustomerState } from "@/lib/notices/process";
import { accessPassSchema } from "./access-pass-schema";

export interface AccessPassOutcome {
  text: string;
  applied: string[];
  refused: { sellerName: string; message: string }[];
  /** The linked sellers could not be listed, so "applied" is unknown. */
  sellersUnknown?: boolean;
}

export const setAccessPassAction = authedAction(accessPassSchema, async ({ accessPass }, { user }) => {
  let result;
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
  await processPendingFor(user.id, user.iminCustomerId).catch(() => undefined);
  const observedAt = new Date();
  let sellers: SellerAccount[] | undefined;
  try {
    sellers = (await getSellerAccounts(user.iminCustomerId)).accounts;
  } catch {
    sellers = undefined;
  }
  const refusedIds = new Set(result.refused.map((r) => r.sellerId).filter(Boolean));
  const refusedNames = new Set(result.refused.map((r) => r.sellerName));
  const applied = (sellers ?? [])
    .filter((s) => s.linked && !refusedIds.has(s.seller.id) && !refusedNames.has(s.seller.name))
    .map((s) => s.seller.name);
  if (sellers) {
    // The customer made this change: it must not come back later as a notice.
    await recordCustomerState(user.id, { sellers }, false, observedAt).catch(() => undefined);
  }
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
