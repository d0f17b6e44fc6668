import { describe, expect, test } from "vitest";
import ical from "node-ical";
import { bookingUid, calendarText } from "@/lib/calendar/ics";
import type { Booking } from "@/lib/imin/order-types";
import { testBooking } from "../support/bookings";

const booking = (overrides: Partial<Booking> = {}): Booking =>
  testBooking({
    durationMinutes: 60,
    venue: { name: "Riverside Leisure Centre", addressLines: ["1 Quay Street", "Manchester", "M3 3HN"] },
    accessCodes: [{ label: "Door code", code: "4821" }],
    ...overrides,
  });
const options = { brokerName: "Acme Fitness", uidDomain: "acme.example", now: new Date("2026-06-01T12:00:00Z") };

describe("iCalendar for bookings", () => {
  test("parses with node-ical; times are Europe/London wall clock and the same instants", () => {
    const text = calendarText(
      [booking(), booking({ identifier: "i2", startDate: "2026-12-01T18:00:00Z", endDate: "2026-12-01T19:30:00Z" })],
      options,
    );
    expect(text).toContain("DTSTART;TZID=Europe/London:20260701T100000");
    expect(text).toContain("DTSTART;TZID=Europe/London:20261201T180000");
    expect(text).toContain("BEGIN:VTIMEZONE");
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c: any) => c.type === "VEVENT") as any[];
    expect(parsed).toHaveLength(2);
    expect(new Date(parsed[0].start).toISOString()).toBe("2026-07-01T09:00:00.000Z");
    expect(new Date(parsed[0].end).toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(new Date(parsed[1].start).toISOString()).toBe("2026-12-01T18:00:00.000Z");
    expect(parsed[0].summary).toBe("Sunrise Yoga");
    expect(parsed[0].location).toContain("Riverside Leisure Centre");
    expect(parsed[0].description).toContain("4821");
    expect(parsed[0].uid).toBe("o1-i1@acme.example");
  });

  test("UIDs are stable across generations and unique per booking", () => {
    const a = calendarText([booking()], options);
    const b = calendarText([booking()], { ...options, now: new Date("2026-06-02T00:00:00Z") });
    const uid = (t: string) => /UID:(.*)/.exec(t)?.[1]?.trim();
    expect(uid(a)).toBe(uid(b));
    expect(bookingUid({ orderId: "o1", identifier: "i1" }, "x")).not.toBe(bookingUid({ orderId: "o1", identifier: "i2" }, "x"));
  });

  test("cancelled bookings stay in the feed marked STATUS:CANCELLED", () => {
    const text = calendarText(
      [
        booking({ status: "seller-cancelled", cancellationMessage: "Instructor unwell" }),
        booking({ identifier: "i3", status: "customer-cancelled" }),
      ],
      options,
    );
    const events = Object.values(ical.sync.parseICS(text)).filter((c: any) => c.type === "VEVENT") as any[];
    expect(events.map((e) => e.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(events[0].description).toContain("Instructor unwell");
  });

  test("bookings without a usable date are left out rather than breaking the file", () => {
    const text = calendarText([booking({ startDate: undefined }), booking({ identifier: "i4", startDate: "garbage" })], options);
    expect(Object.values(ical.sync.parseICS(text)).filter((c: any) => c.type === "VEVENT")).toHaveLength(0);
  });
});
