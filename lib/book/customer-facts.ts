import "server-only";
import { getCustomerAccount } from "@/lib/imin/customers";
import { getSellerAccounts, type SellerAccounts } from "@/lib/imin/seller-accounts";
import type { CustomerFacts } from "./eligibility";

export interface BookingCustomer extends CustomerFacts {
  /** The customer's organiser accounts; undefined when imin could not say. */
  accounts?: SellerAccounts;
  /** The customer's imin details; undefined when imin could not say. */
  profile?: Awaited<ReturnType<typeof getCustomerAccount>>["details"];
}

/**
 * What a booking page knows about the customer: linked organisers and age. Both only refine who may
 * take which price, so a failed read leaves its part undefined instead of failing the page. Never rejects.
 */
export async function readBookingCustomer(iminCustomerId: string): Promise<BookingCustomer> {
  const [accountsResult, profileResult] = await Promise.allSettled([getSellerAccounts(iminCustomerId), getCustomerAccount(iminCustomerId)]);
  const accounts = accountsResult.status === "fulfilled" ? accountsResult.value : undefined;
  const profile = profileResult.status === "fulfilled" ? profileResult.value.details : undefined;
  return {
    accounts,
    profile,
    linkedSellerIds: accounts?.accounts.filter((a) => a.linked).map((a) => a.seller.id),
    birthDate: profile?.birthDate || undefined,
  };
}
