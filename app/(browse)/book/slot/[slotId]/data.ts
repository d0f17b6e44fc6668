import "server-only";

export { getSlotDetail } from "@/lib/imin/facilities";
export { getPublicSlotDetail } from "@/lib/book/public-reads";
export { IminError } from "@/lib/imin/errors";
export type { OfferView } from "@/lib/imin/offer-view";
export type { SlotDetail } from "@/lib/imin/slot-mapping";
