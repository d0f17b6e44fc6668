import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { getSellerAccounts, type SellerAccount } from "@/lib/imin/seller-accounts";
import { readAsSeen } from "@/lib/notices";
import { portalUrl } from "@/lib/portal-url";

/**
 * Every seller, linked or not, as /sellers shows them (with the links back to /sellers). What the
 * customer sees here is the baseline later changes are compared with.
 */
export function getSellersForPage(user: PortalUser): Promise<SellerAccount[]> {
  return readAsSeen(
    user,
    () => getSellerAccounts(user.iminCustomerId, portalUrl("/sellers")),
    ({ accounts, readAt }) => ({ linkedAccounts: accounts, readAt }),
  ).then((read) => read.accounts);
}
export { IminError } from "@/lib/imin/errors";
