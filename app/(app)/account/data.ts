import "server-only";
import { cache } from "react";
import type { PortalUser } from "@/lib/auth/current-user";
import { customerSummaryOf, getSellerAccounts, type SellerAccount } from "@/lib/imin/accounts";
import { getCustomerAccount } from "@/lib/imin/customers";
import { readAsSeen } from "@/lib/notices";

/**
 * One Get Customer Account per request, however many sections read it. What the customer sees
 * here is the baseline later changes are compared with.
 */
export const getProfile = cache((user: PortalUser) =>
  readAsSeen(
    user,
    () => getCustomerAccount(user.iminCustomerId),
    (profile) => ({ customer: customerSummaryOf(profile) }),
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
      async () => (await getSellerAccounts(user.iminCustomerId)).accounts,
      (accounts) => ({ linkedAccounts: accounts }),
    );
  } catch {
    return undefined;
  }
}
