"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authedFormAction } from "@/lib/actions/authed-action";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { IminError } from "@/lib/imin/errors";
import { portalUrl } from "@/lib/portal-url";

const linkRequest = z.object({
  seller: z.string().trim().min(1).max(500),
  choice: z.enum(["register", "create"]),
});

/**
 * Sends the person to the seller's sign-in or sign-up page. The tokened target is fetched fresh
 * here and used only for the redirect: it is never logged, stored or shown on a page.
 */
export const startLinkAction = authedFormAction(async (formData, { user }) => {
  const parsed = linkRequest.safeParse({ seller: formData.get("seller"), choice: formData.get("choice") });
  if (!parsed.success) redirect("/sellers?link=unavailable");
  let target: string | undefined;
  try {
    const { accounts } = await getSellerAccounts(user.iminCustomerId, portalUrl("/sellers"));
    const account = accounts.find((a) => a.seller.id === parsed.data.seller);
    if (account && !account.linked) {
      target = parsed.data.choice === "register" ? account.registerTarget : account.createTarget;
    } else if (account?.linked) {
      redirect("/sellers");
    }
  } catch (error) {
    if (error instanceof IminError) redirect("/sellers?link=error");
    throw error;
  }
  if (!target) redirect("/sellers?link=unavailable");
  redirect(target);
});
