import { describe, expect, test } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const base = {
  IMIN_API_KEY: "key",
  IMIN_CHECKOUT_URL: "https://checkout.acme.example/",
  IMIN_WEBHOOK_API_KEY: "webhook-key",
  AUTH_SECRET: "a".repeat(32),
  DATA_DIR: "/nonexistent-dir",
  PORTAL_URL: "https://account.acme.example",
};

function configError(source: Record<string, string>): ConfigError | undefined {
  try {
    parseEnv(source);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  return undefined;
}

describe("mail configuration", () => {
  test("accepts smtp(s) URLs and a sender with or without a name", () => {
    const env = parseEnv({
      ...base,
      SMTP_URL: "smtps://user:pa%40ss@mail.acme.example:465",
      MAIL_FROM: "Acme Fitness <no-reply@acme.example>",
    });
    expect(env.SMTP_URL).toBe("smtps://user:pa%40ss@mail.acme.example:465");
    expect(parseEnv({ ...base, MAIL_FROM: "no-reply@acme.example" }).MAIL_FROM).toBe("no-reply@acme.example");
  });

  test.each([
    ["SMTP_URL", { SMTP_URL: "http://mail.acme.example" }],
    ["SMTP_URL", { SMTP_URL: "mail.acme.example:25" }],
    ["MAIL_FROM", { MAIL_FROM: "Acme Fitness" }],
    ["MAIL_FROM", { MAIL_FROM: "Acme <not an address>" }],
  ])("a bad %s stops start-up, naming it and not echoing the value", (variable, override) => {
    const error = configError({ ...base, ...override });
    expect(error?.variable).toBe(variable);
    expect(error?.message).not.toContain(Object.values(override)[0]);
  });

  test("production on real imin needs both; the sandbox and development do not", () => {
    expect(configError({ ...base, NODE_ENV: "production", MAIL_FROM: "no-reply@acme.example" })?.variable).toBe("SMTP_URL");
    expect(configError({ ...base, NODE_ENV: "production", SMTP_URL: "smtp://mail.acme.example" })?.variable).toBe("MAIL_FROM");
    expect(configError({ ...base, NODE_ENV: "production", IMIN_SANDBOX: "true" })).toBeUndefined();
    expect(configError({ ...base, NODE_ENV: "development" })).toBeUndefined();
  });
});
