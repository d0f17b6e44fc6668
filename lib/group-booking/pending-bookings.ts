import "server-only";
import { IminError } from "@/lib/imin/errors";
import { iminRequest } from "@/lib/imin/http";
import { mapOrderItem } from "@/lib/imin/order-mapping";
import type { Booking } from "@/lib/imin/order-types";
import { mapPage } from "@/lib/imin/paging";
import { orderItemsCollection } from "@/lib/imin/schemas";
import type { HouseholdMember } from "../family/members";

// A family's upcoming bookings fit in a few pages; the cap only stops a paging loop imin never ends.
const MAX_PAGES = 20;

type Attendee = { identifier?: string; id?: string } | undefined;

function isMember(attendee: Attendee, memberCustomerId: string): boolean {
  if (!attendee) return false;
  if (attendee.identifier === memberCustomerId) return true;
  return !!attendee.id?.replace(/\/+$/, "").endsWith(`/customer-accounts/${encodeURIComponent(memberCustomerId)}`);
}

/** Every upcoming OrderItem listed under one Customer Account, across pages (earliest first). */
async function upcomingItems(customerIdentifier: string, keep: (attendee: Attendee) => boolean): Promise<Booking[]> {
  const out: Booking[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const payload = await iminRequest({
      service: "booking",
      path: "order-items",
      query: { customerIdentifier, page },
      schema: orderItemsCollection,
    });
    for (const item of payload["imin:item"]) {
      if (keep(item.attendee)) out.push(mapOrderItem(item, { iminCustomerId: customerIdentifier }));
    }
    if (!mapPage(payload, page, () => null).hasNext) break;
  }
  return out;
}

/**
 * The member's upcoming places that still stand: the items the account holder booked with the
 * member as attendee, and any listed under the member's own Customer Account (imin lists items by
 * who attends). Cancelled ones do not count. An imin failure throws: removal must not guess.
 */
export async function pendingBookingsOf(holderCustomerId: string, member: HouseholdMember): Promise<Booking[]> {
  const [booked, own] = await Promise.all([
    upcomingItems(holderCustomerId, (a) => isMember(a, member.iminCustomerId)),
    // A member account imin no longer knows has nothing pending under it.
    upcomingItems(member.iminCustomerId, () => true).catch((e: unknown) => {
      if (e instanceof IminError && e.kind === "not_found") return [];
      throw e;
    }),
  ]);
  const seen = new Set<string>();
  return [...booked, ...own].filter((b) => {
    if (b.status !== "confirmed" || b.eventCancelled || seen.has(b.id)) return false;
    seen.add(b.id);
    return true;
  });
}
