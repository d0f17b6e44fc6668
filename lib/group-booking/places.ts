import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { getUpcomingBookings } from "@/lib/imin/orders";

/** Pages of upcoming items read at most, looking for one session's places (10 items a page). */
const MAX_PAGES = 10;

/** One confirmed place: the order that holds it and its OrderItem `@id` (what a cancel names). */
export interface Place {
  orderId: string;
  itemId: string;
}

/**
 * Who already holds a confirmed place on one session, from the account holder's upcoming order
 * items (imin lists items by the customer who placed the order, so the holder's orders carry every
 * attendee's place): imin customer id → the place. Items come earliest first, so reading stops at
 * the first page that starts after the session.
 */
export async function confirmedPlaceItemsOn(
  user: Pick<PortalUser, "iminCustomerId" | "email">,
  opportunityIdentifier: string,
  startDate: string,
): Promise<Map<string, Place>> {
  const places = new Map<string, Place>();
  const start = Date.parse(startDate);
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await getUpcomingBookings(user, page);
    for (const booking of result.items) {
      if (booking.opportunityIdentifier !== opportunityIdentifier || booking.status !== "confirmed") continue;
      const who = booking.attendee?.identifier ?? (booking.attendee ? undefined : user.iminCustomerId);
      if (who && booking.orderId) places.set(who, { orderId: booking.orderId, itemId: booking.id });
    }
    const last = result.items.at(-1)?.startDate;
    if (!result.hasNext || (last && Date.parse(last) > start)) break;
  }
  return places;
}

/** As `confirmedPlaceItemsOn`, each place as its order id: imin customer id → order id. */
export async function confirmedPlacesOn(
  user: Pick<PortalUser, "iminCustomerId" | "email">,
  opportunityIdentifier: string,
  startDate: string,
): Promise<Map<string, string>> {
  const items = await confirmedPlaceItemsOn(user, opportunityIdentifier, startDate);
  return new Map([...items].map(([who, place]) => [who, place.orderId]));
}
