import { describe, expect, test } from "vitest";
import { awaitingEvidence, deadlineDueSoon } from "@/lib/reminders/evidence-due-soon";
import { cancelUntil } from "@/lib/reminders/booking-words";
import type { Booking } from "@/lib/imin/order-types";

describe("evidence deadline within 3 days (venue dates)", () => {
  // 23:30 on Mon 30 Nov in London (GMT): "today" is the 30th until midnight.
  const now = new Date("2026-11-30T23:30:00Z");

  test("counts the venue's calendar days, today being day 0", () => {
    expect(deadlineDueSoon("2026-12-01T09:00:00Z", now)).toBe(true);
    expect(deadlineDueSoon("2026-12-03T23:59:00Z", now)).toBe(true);
    expect(deadlineDueSoon("2026-12-04T00:00:00Z", now)).toBe(false);
  });

  test("in summer the venue's day starts at 23:00 UTC", () => {
    const summer = new Date("2026-07-01T10:00:00Z");
    // 23:30 UTC on 4 Jul is 00:30 on 5 Jul in London: day 4, too far.
    expect(deadlineDueSoon("2026-07-04T22:30:00Z", summer)).toBe(true);
    expect(deadlineDueSoon("2026-07-04T23:30:00Z", summer)).toBe(false);
  });

  test("a passed or unreadable deadline is never due", () => {
    expect(deadlineDueSoon("2026-11-30T23:00:00Z", now)).toBe(false);
    expect(deadlineDueSoon("not a date", now)).toBe(false);
    expect(deadlineDueSoon(undefined, now)).toBe(false);
  });

  test("only a request still waiting for evidence counts", () => {
    expect(awaitingEvidence("potential")).toBe(true);
    for (const s of ["active", "completed", "failed", "unknown", undefined]) expect(awaitingEvidence(s)).toBe(false);
  });
});

describe("the reminder's cancel deadline", () => {
  const booking = (over: Partial<Booking>): Booking => ({
    id: "i",
    identifier: "i",
    status: "confirmed",
    cancellable: true,
    title: "Yoga",
    activities: [],
    startDate: "2026-12-03T18:00:00Z",
    eventCancelled: false,
    accessCodes: [],
    timeZone: "Europe/London",
    ...over,
  });

  test("the start less the offer's window, in the venue's time with the zone", () => {
    expect(cancelUntil(booking({ cancellationWindowMinutes: 1440 }))).toBe("Wed 2 Dec 2026, 18:00 GMT");
    expect(cancelUntil(booking({ startDate: "2026-07-03T17:00:00Z", cancellationWindowMinutes: 120 }))).toBe("Fri 3 Jul 2026, 16:00 BST");
  });

  test("none when not cancellable now, without a window, or without a start", () => {
    expect(cancelUntil(booking({ cancellable: false, cancellationWindowMinutes: 60 }))).toBeUndefined();
    expect(cancelUntil(booking({}))).toBeUndefined();
    expect(cancelUntil(booking({ startDate: undefined, cancellationWindowMinutes: 60 }))).toBeUndefined();
  });
});
