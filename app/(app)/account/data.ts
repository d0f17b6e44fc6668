import "server-only";
import { cache } from "react";
import { getCustomerAccount } from "@/lib/imin/customers";

/** One Get Customer Account per request, however many sections read it. */
export const getProfile = cache((customerId: string) => getCustomerAccount(customerId));
