import { describe, expect, test } from "vitest";
import {
  formatCalendarDate,
  formatDate,
  formatDateTimeRange,
  formatDuration,
  formatGender,
  formatListDateTime,
  formatLongDateTime,
  formatPrice,
  zoneNote,
} from "@/lib/format";

// The same formats in the page's language (docs/features/languages.md); English stays the default.
const SUMMER = "2026-07-14T17:00:00Z";

describe("formats in Welsh", () => {
  test("dates, weekdays and months", () => {
    expect(formatLongDateTime(SUMMER, undefined, "cy-GB")).toBe("Dydd Mawrth 14 Gorffennaf 2026, 18:00");
    expect(formatLongDateTime(SUMMER)).toBe("Tuesday 14 July 2026, 18:00");
    expect(formatListDateTime(SUMMER, undefined, "cy-GB")).toBe("Maw 14 Gorff, 18:00");
    expect(formatDate(SUMMER, undefined, "cy-GB")).toBe("Maw 14 Gorff 2026");
    expect(formatCalendarDate("1990-05-17", "cy-GB")).toBe("17 Mai 1990");
    expect(formatDateTimeRange(SUMMER, "2026-07-14T18:30:00Z", "Europe/London", "cy-GB")).toBe("Maw 14 Gorff 2026, 18:00–19:30 GMT+1");
  });

  test("prices, durations and the words lib/format writes", () => {
    expect(formatPrice(4.3, "GBP", "cy-GB")).toBe("£4.30");
    expect(formatPrice(0, "GBP", "cy-GB")).toBe("Am ddim");
    expect(formatPrice(0)).toBe("Free");
    expect(formatDuration("PT1H30M", undefined, "cy-GB")).toBe("1 awr 30 mun");
    expect(formatDuration("PT1H30M")).toBe("1 hr 30 min");
    expect(formatDate(undefined, undefined, "cy-GB")).toBe("Dyddiad i’w gadarnhau");
    expect(zoneNote("2026-01-10T10:00:00Z", undefined, "cy-GB")).toBe("Mae’r amseroedd yn ôl amser y DU (GMT)");
    expect(zoneNote("2026-01-10T10:00:00Z")).toBe("Times are UK time (GMT)");
    expect(formatGender("https://schema.org/Female", "cy-GB")).toBe("Benyw");
  });
});
