import ical from "node-ical";
import { describe, expect, test } from "vitest";
import { calendarText } from "@/lib/calendar/ics";
import { attendeeLabel, bookingsOf, orderAttendees, parsePersonParam, personKeyOf } from "@/lib/group-booking/person";
import { mapOrderItem } from "@/lib/imin/order-mapping";
import type { Booking } from "@/lib/imin/order-types";
import { orderItem, parseImin } from "@/lib/imin/schemas";
import { testBooking } from "../support/bookings";

const booking = (overrides: Partial<Booking> = {}): Booking =>
  testBooking({ title: "Family Swim", activities: ["Swimming"], ...overrides });
const sam = { id: "0b7e3a52-6f59-4c8e-9d7f-2a1c5e4b9f10", iminCustomerId: "cust-sam", givenName: "Sam" };
const members = [sam];
const mine = booking();
const sams = booking({ identifier: "i2", attendee: { name: "Sam Okafor", identifier: "cust-sam" } });
const guest = booking({ identifier: "i3", attendee: { name: "Pat Guest", identifier: "cust-pat" } });

describe("bookings per person", () => {
  test("the holder's own place has no label; a member's says whom it is for", () => {
    expect(attendeeLabel(mine)).toBeUndefined();
    expect(attendeeLabel(sams)).toBe("for Sam Okafor");
  });

  test("filtering by person: me, a member, nobody else's", () => {
    expect(personKeyOf(mine, members)).toBe("me");
    expect(personKeyOf(sams, members)).toBe(sam.id);
    expect(personKeyOf(guest, members)).toBeUndefined();
    expect(bookingsOf([mine, sams, guest], "me", members)).toEqual([mine]);
    expect(bookingsOf([mine, sams, guest], sam.id, members)).toEqual([sams]);
  });

  test("?person= accepts only 'me' or the holder's own member ids", () => {
    expect(parsePersonParam("me", members)).toBe("me");
    expect(parsePersonParam(sam.id, members)).toBe(sam.id);
    expect(parsePersonParam(["me", sam.id], members)).toBe("me");
    expect(parsePersonParam("someone-else", members)).toBeUndefined();
    expect(parsePersonParam(undefined, members)).toBeUndefined();
  });

  test("an order's places name everyone once", () => {
    expect(orderAttendees([mine, sams, sams])).toBe("you and Sam Okafor");
    expect(orderAttendees([sams])).toBe("Sam Okafor");
  });

  test("the calendar event names the attendee in its title and description", () => {
    const text = calendarText([mine, sams], { brokerName: "Acme", uidDomain: "acme.example", now: new Date("2026-06-01T00:00:00Z") });
    const events = Object.values(ical.sync.parseICS(text)).filter((c: any) => c.type === "VEVENT") as any[];
    expect(events.map((e) => e.summary)).toEqual(["Family Swim", "Family Swim (Sam Okafor)"]);
    expect(events[1].description).toContain("Attendee: Sam Okafor");
  });

  test("a member's place is theirs even when their account shares the holder's email (imin's account id decides)", () => {
    const item = (attendee: Record<string, string>) =>
      mapOrderItem(
        parseImin(orderItem, {
          "@type": "OrderItem",
          id: "https://book.example/api/v2/orders/o1/order-items/i1",
          identifier: "i1",
          orderItemStatus: "https://openactive.io/OrderItemConfirmed",
          attendee: { "@type": "Person", email: "ada@example.com", ...attendee },
        }),
        { iminCustomerId: "cust-ada", email: "ada@example.com" },
      );
    expect(item({ identifier: "cust-sam", givenName: "Sam", familyName: "Okafor" }).attendee).toEqual({
      name: "Sam Okafor",
      email: "ada@example.com",
      identifier: "cust-sam",
    });
    expect(item({ identifier: "cust-ada", givenName: "Ada", familyName: "Okafor" }).attendee).toBeUndefined();
    // Without an account id, the email still recognises the holder.
    expect(item({ givenName: "Ada", familyName: "Okafor" }).attendee).toBeUndefined();
  });
});
