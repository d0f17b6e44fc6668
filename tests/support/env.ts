import { beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";

/**
 * Sets the portal's configuration for a test (a complete one that reaches no real imin, with `extra`
 * on top) and makes the portal reread it.
 */
export function setTestEnv(extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    IMIN_API_KEY: "k".repeat(20),
    IMIN_CHECKOUT_URL: "http://127.0.0.1:9",
    IMIN_WEBHOOK_API_KEY: "webhook-key",
    AUTH_SECRET: "s".repeat(40),
    IMIN_LOG: "silent",
    ...extra,
  });
  resetEnvCache();
}

/** `setTestEnv(extra)` before the file's (or the describe block's) tests. */
export function withTestEnv(extra: Record<string, string> = {}): void {
  beforeAll(() => setTestEnv(extra));
}
