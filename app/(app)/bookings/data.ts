import "server-only";
import type { HouseholdMember } from "@/lib/family/members";
import { bookingsOf } from "@/lib/group-booking/person";
import type { Booking, CustomerRef } from "@/lib/imin/order-types";
import { allUpcomingBookings } from "@/lib/imin/orders";

export { getActiveCalendarFeed } from "@/lib/calendar/store";
export { listHouseholdMembers } from "@/lib/family/members";
export { BOOK_AGAIN_DAYS, nextSessionOfSeries } from "@/lib/imin/book-again";
export { getCustomerOrder, getUpcomingBookings } from "@/lib/imin/orders";
export { parsePageParam } from "@/lib/imin/paging";

/** One person's upcoming places (`?person=`): every page read, at most 100 bookings, kept to that person's. */
export async function personBookings(customer: CustomerRef, person: string, members: HouseholdMember[]): Promise<Booking[]> {
  return bookingsOf(await allUpcomingBookings(customer), person, members);
}
