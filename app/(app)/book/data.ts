import "server-only";

export { getActivityLabels } from "@/lib/book/activity-list";
export { readBookingCustomer } from "@/lib/book/customer-facts";
export { listPlaces, searchSessions } from "@/lib/imin/events";
export { searchCourts } from "@/lib/imin/facilities";
export { searchWithEntitlement } from "@/lib/imin/seller-accounts";
