import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { cancelWindowParts } from "@/lib/imin/cancel-window";
import cy from "@/messages/cy.json";
import en from "@/messages/en.json";

// The bookings and orders pages' counted and chosen words (issue 28): the cancellation window as a
// unit and count, worded by each catalogue's plurals; "for you" / "for <name>" by select.

const t = (locale: "en" | "cy", namespace: string) =>
  createTranslator({ locale, messages: (locale === "cy" ? cy : en) as never, namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;

describe("cancelWindowParts", () => {
  test.each([
    [1440, { unit: "day", count: 1 }],
    [2880, { unit: "day", count: 2 }],
    [60, { unit: "hour", count: 1 }],
    [180, { unit: "hour", count: 3 }],
    [90, { unit: "minute", count: 90 }],
    [1, { unit: "minute", count: 1 }],
  ])("%d minutes", (minutes, parts) => {
    expect(cancelWindowParts(minutes)).toEqual(parts);
  });
});

describe("the window in words", () => {
  test.each([
    [1440, "1 day", "1 diwrnod"],
    [2880, "2 days", "2 ddiwrnod"],
    [60, "1 hour", "1 awr"],
    [180, "3 hours", "3 awr"],
    [90, "90 minutes", "90 munud"],
    [2, "2 minutes", "2 funud"],
  ])("%d minutes: %s / %s", (minutes, english, welsh) => {
    expect(t("en", "bookings.whyNoCancel")("window", cancelWindowParts(minutes))).toBe(english);
    expect(t("cy", "bookings.whyNoCancel")("window", cancelWindowParts(minutes))).toBe(welsh);
  });
});

describe("whose bookings and orders", () => {
  test("the customer themself, or a family member by name", () => {
    expect(t("en", "bookings")("emptyFor.title", { person: "me", name: "" })).toBe("No upcoming bookings for you");
    expect(t("en", "bookings")("emptyFor.title", { person: "member", name: "Sam" })).toBe("No upcoming bookings for Sam");
    expect(t("cy", "bookings")("emptyFor.title", { person: "me", name: "" })).toBe("Dim archebion i ddod ar eich cyfer");
    expect(t("cy", "orders")("emptyFor.title", { person: "member", name: "Sam" })).toBe("Dim pryniannau i Sam");
  });

  test("an order's places are counted in each language's plural forms", () => {
    expect(t("en", "orders.list")("places", { summary: "Swim", count: 2 })).toBe("Swim (2 places)");
    expect(t("cy", "orders.list")("places", { summary: "Swim", count: 2 })).toBe("Swim (2 le)");
    expect(t("cy", "orders.list")("places", { summary: "Swim", count: 3 })).toBe("Swim (3 lle)");
    expect(t("en", "orders.list")("more", { titles: "A, B", count: 1 })).toBe("A, B and 1 more");
  });
});
