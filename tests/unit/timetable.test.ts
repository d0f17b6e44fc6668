import { describe, expect, test } from "vitest";
import { isHighFrequencyActivity } from "@/lib/book/activity-match";
import { countFilters, dayOf, parseSearchParams, sessionHref, windowDays } from "@/lib/book/search-state";
import { searchErrorText } from "@/lib/book/search-errors";
import {
  dayChip,
  dayFull,
  dayHeading,
  formatDistance,
  formatRadius,
  labelledDay,
  labelledRadius,
  shortDay,
  timetableLabels,
  venueClock,
  venueZone,
} from "@/lib/book/timetable-format";
import { zoneAbbreviation } from "@/lib/facilities/time-labels";
import cy from "@/messages/cy.json";
import en from "@/messages/en.json";

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

  test("in Welsh: days, zones and distances by Intl in cy-GB, the words from the catalogue", () => {
    const words = { today: (d: string) => `Heddiw, ${d}`, tomorrow: (d: string) => `Yfory, ${d}` };
    expect(dayHeading("2026-12-07", "2026-12-07", "cy-GB", words)).toBe("Heddiw, Llun 7 Rhag");
    expect(dayHeading("2026-12-08", "2026-12-07", "cy-GB", words)).toBe("Yfory, Maw 8 Rhag");
    expect(shortDay("2026-12-09", "cy-GB")).toBe("Mer 9 Rhag");
    expect(dayFull("2026-12-09", "cy-GB")).toBe("Dydd Mercher 9 Rhagfyr");
    expect(dayChip("2026-12-09", "cy-GB")).toEqual({ weekday: "Mer", date: "9" });
    expect(venueZone("2026-12-01T17:00:00Z", "cy-GB")).toBe("GMT");
    expect(zoneAbbreviation("2026-12-01T17:00:00Z", "cy-GB")).toBe("GMT");
    expect(zoneAbbreviation("not a date", "cy-GB")).toBe("amser y DU");
    expect(formatRadius(10, "mi", "cy-GB")).toBe("6 milltir");
    expect(formatRadius(2, "mi", "cy-GB")).toBe("1 filltir");
    expect(formatDistance(12, "km", "cy-GB")).toBe("12 km");
  });

  test("the server's labels for the browser: the window's days and the radii in the page's language", () => {
    const labels = timetableLabels(["2026-12-09"], [2, 10], "mi", "cy-GB");
    expect(labels.days["2026-12-09"]).toEqual({ short: "Mer 9 Rhag", full: "Dydd Mercher 9 Rhagfyr", weekday: "Mer", zone: "GMT" });
    expect(labels.radius).toEqual({ 2: "1 filltir", 10: "6 milltir" });
    // A browser formats only what the server did not label (its Intl may lack Welsh).
    expect(labelledDay(labels, "2026-12-09", "en-GB").short).toBe("Mer 9 Rhag");
    expect(labelledDay(labels, "2026-12-10", "en-GB").short).toBe("Thu 10 Dec");
    expect(labelledRadius(labels, 10, "mi", "en-GB")).toBe("6 milltir");
    expect(labelledRadius(labels, 25, "mi", "en-GB")).toBe("16 miles");
  });

  test("a failed search is said in the page's language by imin's error kind; a refusal keeps imin's words", () => {
    const translator = (catalogue: Record<string, unknown>) => (key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
    expect(searchErrorText(translator(cy), { kind: "unavailable" })).toBe(cy.book.search.errors.unavailable);
    expect(searchErrorText(translator(en), { kind: "unavailable" })).toBe(
      "The booking service is not available right now. Please try again in a few minutes.",
    );
    expect(searchErrorText(translator(cy), { kind: "timeout" })).toBe(cy.book.search.errors.timeout);
    expect(searchErrorText(translator(cy), undefined)).toBe(cy.book.search.errors.failed);
    expect(searchErrorText(translator(cy), { kind: "internal" })).toBe(cy.book.search.errors.failed);
    expect(searchErrorText(translator(cy), { kind: "refused", description: "Closed for a gala" })).toBe("Closed for a gala");
    expect(searchErrorText(translator(cy), { kind: "refused" })).toBe(cy.book.search.errors.refused);
  });
});
