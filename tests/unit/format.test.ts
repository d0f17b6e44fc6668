import { describe, expect, test } from "vitest";
import { formatDate, formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";

describe("formatting", () => {
  test("date-time ranges show the venue's zone", () => {
    expect(formatDateTimeRange("2026-11-24T18:00:00Z", "2026-11-24T19:00:00Z")).toBe("Tue 24 Nov 2026, 18:00–19:00 GMT");
    expect(formatDateTimeRange("2026-07-24T17:00:00Z", "2026-07-24T18:30:00Z")).toBe("Fri 24 Jul 2026, 18:00–19:30 BST");
    expect(formatDateTimeRange("2026-11-24T23:30:00Z", "2026-11-25T00:30:00Z")).toBe(
      "Tue 24 Nov 2026, 23:30 GMT – Wed 25 Nov 2026, 00:30 GMT",
    );
    expect(formatDateTimeRange("2026-11-24T18:00:00Z", undefined, "Europe/Paris")).toBe("Tue 24 Nov 2026, 19:00 CET");
    expect(formatDateTimeRange("garbage", "x")).toBe("Date to be confirmed");
    expect(formatDate("2026-11-24T18:00:00Z")).toBe("Tue 24 Nov 2026");
  });

  test("prices and durations", () => {
    expect(formatPrice(4.3, "GBP")).toBe("£4.30");
    expect(formatPrice(0, "GBP")).toBe("Free");
    expect(formatPrice(" 12 ", "gbp")).toBe("£12.00");
    expect(formatPrice(undefined, "GBP")).toBe("");
    expect(formatDuration("PT1H30M")).toBe("1 hr 30 min");
    expect(formatDuration("2026-11-24T18:00:00Z", "2026-11-24T18:45:00Z")).toBe("45 min");
    expect(formatDuration("2026-11-24T18:00:00Z", "2026-11-24T20:00:00Z")).toBe("2 hr");
  });
});
