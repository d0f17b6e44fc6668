import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { localizedBroker, parseBrokerConfig } from "@/lib/broker/config";
import { contrastRatio } from "@/lib/broker/contrast";
import { ConfigError, parseEnv } from "@/lib/env";

const validEnv = {
  IMIN_API_KEY: "key",
  IMIN_CHECKOUT_URL: "https://checkout.acme.example/",
  IMIN_WEBHOOK_API_KEY: "webhook-key",
  AUTH_SECRET: "a".repeat(32),
  DATA_DIR: "/nonexistent-dir",
};

/** What production on real imin needs beyond validEnv. */
const production = {
  NODE_ENV: "production",
  PORTAL_URL: "https://account.acme.example",
  SMTP_URL: "smtp://mail.acme.example:587",
  MAIL_FROM: "Acme <no-reply@acme.example>",
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
    ["SIGN_IN_MAX_FAILURES_PER_EMAIL", { SIGN_IN_MAX_FAILURES_PER_EMAIL: "five" }],
    ["SIGN_IN_MAX_FAILURES_PER_IP", { SIGN_IN_MAX_FAILURES_PER_IP: "0" }],
    ["SIGN_IN_WINDOW_MINUTES", { SIGN_IN_WINDOW_MINUTES: "1.5" }],
    ["PORTAL_URL", { PORTAL_URL: "account.example.com" }],
    ["PORTAL_URL", { PORTAL_URL: "https://account.example.com/portal" }],
    ["PORTAL_URL", { ...production, PORTAL_URL: undefined }],
    ["PORT", { PORT: "http" }],
    ["IMIN_LOG", { IMIN_LOG: "loud" }],
    ["AUTH_SECURE_COOKIES", { AUTH_SECURE_COOKIES: "yes" }],
    ["SEED_DEMO_LOGIN", { SEED_DEMO_LOGIN: "maybe" }],
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

  test("the portal's public origin: given, or this machine's PORT outside production and in sandbox mode", () => {
    expect(parseEnv({ ...validEnv, PORTAL_URL: "https://account.acme.example/" }).PORTAL_URL).toBe("https://account.acme.example");
    expect(parseEnv(validEnv).PORTAL_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...validEnv, PORT: "3510", NODE_ENV: "production", IMIN_SANDBOX: "true" }).PORTAL_URL).toBe("http://localhost:3510");
  });

  test("sign-in limits, secure cookies and logging have documented defaults", () => {
    const env = parseEnv(validEnv);
    expect([env.SIGN_IN_MAX_FAILURES_PER_EMAIL, env.SIGN_IN_MAX_FAILURES_PER_IP, env.SIGN_IN_WINDOW_MINUTES]).toEqual([5, 30, 15]);
    expect(env.AUTH_SECURE_COOKIES).toBe(false);
    expect(parseEnv({ ...validEnv, ...production }).AUTH_SECURE_COOKIES).toBe(true);
    expect(parseEnv({ ...validEnv, ...production, AUTH_SECURE_COOKIES: "false" }).AUTH_SECURE_COOKIES).toBe(false);
    expect(parseEnv({ ...validEnv, SIGN_IN_WINDOW_MINUTES: "30" }).SIGN_IN_WINDOW_MINUTES).toBe(30);
    expect(env.IMIN_LOG).toBe("info");
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

  test("the home location's name in another language comes from translations.<locale>.locationName", () => {
    const base = JSON.parse(readFileSync("brands/default.json", "utf8"));
    const config = parseBrokerConfig(base);
    const home = { name: "Manchester city centre", latitude: 53.4808, longitude: -2.2426 };
    expect(localizedBroker(config, "en").defaultLocation).toEqual(home);
    expect(localizedBroker(config, "cy").defaultLocation).toEqual({ ...home, name: "Canol dinas Manceinion" });
    // None given: the configured name, in every language.
    const untranslated = parseBrokerConfig({ ...base, translations: { cy: { tagline: "Helo" } } });
    expect(localizedBroker(untranslated, "cy").defaultLocation).toEqual(home);
    expect(() => parseBrokerConfig({ ...base, translations: { cy: { locationName: " " } } })).toThrow(/translations\.cy\.locationName/);
  });
});
