import "server-only";

export { listHouseholdMembers } from "@/lib/family/members";
export { fetchReceipt, getCustomerOrder, getOrders } from "@/lib/imin/orders";
export { IminError } from "@/lib/imin/errors";
export type { Order } from "@/lib/imin/order-types";
export { parsePageParam } from "@/lib/imin/paging";
