import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { parseBrokerConfig } from "@/lib/broker/config";
import { contrastRatio } from "@/lib/broker/contrast";
import { ConfigError, parseEnv } from "@/lib/env";
import { formatDate, formatDateTimeRange, formatDuration, formatPrice } from "@/lib/format";

const validEnv = {
  IMIN_API_KEY: "key",
  IMIN_CHECKOUT_URL: "https://checkout.acme.example/",
  IMIN_WEBHOOK_API_KEY: "webhook-key",
  AUTH_SECRET: "a".repeat(32),
  DATA_DIR: "/nonexistent-dir",
};

describe("environment", () => {
  test("valid configuration gets defaults and loses trailing slashes", () => {
    const env = parseEnv(validEnv);
    expect(env.IMIN_BOOKING_API_URL).toBe("https://book.imin.co/api/v2");
    expect(env.IMIN_CHECKOUT_URL).toBe("https://checkout.acme.example");
    expect(env.IMIN_TIMEOUT_MS).toBe(8000);
    expect(env.IMIN_SANDBOX).toBe(false);
  });

  test.each([
    ["IMIN_API_KEY", { IMIN_API_KEY: "" }],
    ["IMIN_CHECKOUT_URL", { IMIN_CHECKOUT_URL: "not a url" }],
    ["IMIN_BOOKING_API_URL", { IMIN_BOOKING_API_URL: "ftp://x" }],
    ["IMIN_WEBHOOK_API_KEY", { IMIN_WEBHOOK_API_KEY: "short" }],
    ["IMIN_TIMEOUT_MS", { IMIN_TIMEOUT_MS: "soon" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://x" }],
    ["AUTH_SECRET", { AUTH_SECRET: "" }],
  ])("a bad %s stops start-up with one message naming it", (variable, override) => {
    let error: unknown;
    try {
      parseEnv({ ...validEnv, ...override });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).message).not.toContain("\n");
  });
});

describe("broker configuration", () => {
  test.each(["brands/default.json", "brands/riverside.json"])("%s is valid and readable", (file) => {
    const config = parseBrokerConfig(JSON.parse(readFileSync(file, "utf8")));
    const t = config.theme;
    expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.link, t.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.onPrimary, t.primary)).toBeGreaterThanOrEqual(4.5);
  });

  test("a pale primary colour gets a darker link colour; bad colours are refused", () => {
    const base = JSON.parse(readFileSync("brands/default.json", "utf8"));
    const pale = parseBrokerConfig({ ...base, colors: { primary: "#ffe066", accent: "#ffffff", background: "#ffffff" } });
    expect(contrastRatio(pale.theme.link, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(pale.theme.onPrimary).toBe("#111827");
    expect(() => parseBrokerConfig({ ...base, colors: { ...base.colors, primary: "blue" } })).toThrow(/BROKER_CONFIG.*colors\.primary/);
    expect(() => parseBrokerConfig({ ...base, supportEmail: "nope" })).toThrow(ConfigError);
  });
});

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

describe("request safety", () => {
  test.each([
    ["/bookings?page=2", "/bookings?page=2"],
    ["https://evil.example/x", "/account"],
    ["//evil.example/x", "/account"],
    ["/\\evil.example", "/account"],
    ["javascript:alert(1)", "/account"],
    ["/api/auth/signout", "/account"],
    ["/sign-in", "/account"],
  ])("callbackUrl %s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  test("client address from X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "::ffff:198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
