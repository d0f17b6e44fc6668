import "server-only";

export { getSlotDetail } from "@/lib/imin/facilities";
