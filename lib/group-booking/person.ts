import type { Booking } from "@/lib/imin/order-types";

/**
 * Whose place a booking is, for /bookings and /orders. imin lists order items by the customer who
 * placed the order, so the account holder's orders carry every attendee's place: an item without an
 * attendee other than the holder is the holder's own ("me"), one whose attendee is a family member's
 * imin account is that member's. Pure.
 */

const ME = "me";

interface MemberRef {
  id: string;
  iminCustomerId: string;
}

/** "for Sam Okafor"; nothing for the holder's own place. */
export function attendeeLabel(booking: Pick<Booking, "attendee">): string | undefined {
  return booking.attendee ? `for ${booking.attendee.name}` : undefined;
}

/** "me", a member's id, or undefined for someone who is neither (a guest named on the order). */
export function personKeyOf(booking: Pick<Booking, "attendee">, members: MemberRef[]): string | undefined {
  if (!booking.attendee) return ME;
  const id = booking.attendee.identifier;
  return id ? members.find((m) => m.iminCustomerId === id)?.id : undefined;
}

/** `?person=` read strictly: "me" or one of this holder's members; anything else is no filter. */
export function parsePersonParam(raw: string | string[] | undefined, members: MemberRef[]): string | undefined {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return undefined;
  if (value === ME) return ME;
  return members.some((m) => m.id === value) ? value : undefined;
}

export function bookingsOf<B extends Pick<Booking, "attendee">>(bookings: B[], person: string, members: MemberRef[]): B[] {
  return bookings.filter((b) => personKeyOf(b, members) === person);
}

/** "you", "you and Sam Okafor": who an order's places are for. */
export function orderAttendees(items: Pick<Booking, "attendee">[]): string {
  const names: string[] = [];
  for (const item of items) {
    const name = item.attendee ? item.attendee.name : "you";
    if (!names.includes(name)) names.push(name);
  }
  if (names.length <= 1) return names[0] ?? "you";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
