import "server-only";

export { listHouseholdMembers } from "@/lib/family/members";
export { fetchReceipt, getCustomerOrder, getOrders } from "@/lib/imin/orders";
export { IminError } from "@/lib/imin/errors";
