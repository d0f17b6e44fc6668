import "server-only";
import { cache } from "react";
import type { PortalUser } from "@/lib/auth/current-user";
import { customerSummaryOf, fetchSellerAccounts, type SellerAccount } from "@/lib/imin/seller-accounts";
import { getCustomerAccount } from "@/lib/imin/customers";
import { readAsSeen } from "@/lib/notices";

export { getEmailPreferences } from "@/lib/notifications/preferences";

/**
 * One Get Customer Account per request, however many sections read it. What the customer sees
 * here is the baseline later changes are compared with.
 */
export const getProfile = cache((user: PortalUser) =>
  readAsSeen(
    user,
    () => getCustomerAccount(user.iminCustomerId),
    (profile) => ({ customer: customerSummaryOf(profile), readAt: profile.readAt }),
  ),
);

/**
 * The linked sellers after the customer changed something themselves (the change must not come
 * back later as a notice); undefined when imin can't list them.
 */
export async function getLinkedAccountsAfterChange(user: PortalUser): Promise<SellerAccount[] | undefined> {
  try {
    return await readAsSeen(
      user,
      // Read now: a value cached earlier in this request would predate the change.
      () => fetchSellerAccounts(user.iminCustomerId),
      ({ accounts, readAt }) => ({ linkedAccounts: accounts, readAt }),
    ).then((read) => read.accounts);
  } catch {
    return undefined;
  }
}
export { IminError } from "@/lib/imin/errors";
