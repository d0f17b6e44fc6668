import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { getUpcomingBookings } from "@/lib/imin/orders";

/** Pages of upcoming items read at most, looking for one session's places (10 items a page). */
const MAX_PAGES = 10;

/**
 * Who already holds a confirmed place on one session, from the account holder's upcoming order
 * items (imin lists items by the customer who placed the order, so the holder's orders carry every
 * attendee's place): imin customer id → order id. Items come earliest first, so reading stops at
 * the first page that starts after the session.
 */
export async function confirmedPlacesOn(
  user: Pick<PortalUser, "iminCustomerId" | "email">,
  opportunityIdentifier: string,
  startDate: string,
): Promise<Map<string, string>> {
  const places = new Map<string, string>();
  const start = Date.parse(startDate);
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await getUpcomingBookings(user, page);
    for (const booking of result.items) {
      if (booking.opportunityIdentifier !== opportunityIdentifier || booking.status !== "confirmed") continue;
      const who = booking.attendee?.identifier ?? (booking.attendee ? undefined : user.iminCustomerId);
      if (who && booking.orderId) places.set(who, booking.orderId);
    }
    const last = result.items.at(-1)?.startDate;
    if (!result.hasNext || (last && Date.parse(last) > start)) break;
  }
  return places;
}
