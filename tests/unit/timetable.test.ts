import { describe, expect, test } from "vitest";
import { isHighFrequencyActivity } from "@/lib/book/activity-match";
import { countFilters, dayOf, parseSearchParams, sessionHref, windowDays } from "@/lib/book/search-state";
import { dayHeading, formatDistance, formatRadius, venueClock, venueZone } from "@/lib/book/timetable-format";

describe("the /book timetable's rules", () => {
  test("swimming and gym ask for imin's high-frequency timetable; gymnastics does not", () => {
    for (const v of ["swimming", "Swimming", "swim", "Gym", "Gym Workout", "lane swimming"]) {
      expect(isHighFrequencyActivity(v), v).toBe(!v.startsWith("lane"));
    }
    expect(isHighFrequencyActivity("Gymnastics")).toBe(false);
    expect(isHighFrequencyActivity(undefined)).toBe(false);
  });

  test("the date strip covers imin's 14 days from today, across a month end", () => {
    const days = windowDays("2026-12-25");
    expect(days).toHaveLength(14);
    expect(days[0]).toBe("2026-12-25");
    expect(days[13]).toBe("2027-01-07");
    expect(dayOf({ from: "2026-12-26", to: "2026-12-26" })).toBe("2026-12-26");
    expect(dayOf({ from: "2026-12-26", to: "2026-12-27" })).toBeUndefined();
  });

  test("the filters count leaves out the activity and the chosen day", () => {
    expect(countFilters(parseSearchParams({ activity: "Yoga", from: "2026-12-26", to: "2026-12-26" }))).toBe(0);
    expect(countFilters(parseSearchParams({ at: "53.4,-2.2", km: "25", time: "evening", age: "junior" }))).toBe(4);
    expect(countFilters(parseSearchParams({ from: "2026-12-26", to: "2026-12-28" }))).toBe(1);
  });

  test("a session link carries the search back", () => {
    const f = parseSearchParams({ activity: "Yoga", from: "2026-12-26", to: "2026-12-26" });
    const href = sessionHref("abc 1", f);
    expect(href.startsWith("/book/abc%201?from=")).toBe(true);
    expect(new URL(href, "http://x").searchParams.get("from")).toBe("/book?activity=Yoga&from=2026-12-26&to=2026-12-26");
    expect(sessionHref("abc", parseSearchParams({}))).toBe("/book/abc");
  });

  test("days, times and distances as the timetable writes them", () => {
    expect(dayHeading("2026-12-07", "2026-12-07")).toBe("Today, Mon 7 Dec");
    expect(dayHeading("2026-12-08", "2026-12-07")).toBe("Tomorrow, Tue 8 Dec");
    expect(dayHeading("2026-12-09", "2026-12-07")).toBe("Wed 9 Dec");
    expect(venueClock("2026-07-01T17:00:00Z")).toBe("18:00");
    expect(venueZone("2026-07-01T17:00:00Z")).toBe("BST");
    expect(venueZone("2026-12-01T17:00:00Z")).toBe("GMT");
    expect(formatDistance(2, "mi")).toBe("1.2 mi");
    expect(formatDistance(12, "km")).toBe("12 km");
    expect(formatRadius(10, "mi")).toBe("6 miles");
    expect(formatRadius(2, "mi")).toBe("1 mile");
    expect(formatRadius(10, "km")).toBe("10 km");
  });
});
