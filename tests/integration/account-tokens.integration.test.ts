import { describe, expect, test } from "vitest";
import { consumeToken, hashToken, isTokenUsable, issueToken, mayIssueToken, TOKEN_LIFETIME_HOURS } from "@/lib/accounts/tokens";
import { getDb } from "@/lib/db/client";
import { createPendingUser } from "@/lib/accounts/create-store";
import { accountTokens } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// Every time is injected: the tests pass on any date.
const T0 = new Date("2031-03-04T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;
let counter = 0;

withTestEnv({ IMIN_CHECKOUT_URL: "http://imin.invalid" });

async function newLogin() {
  const user = await createPendingUser({
    email: `tokens-${++counter}-${Date.now().toString(36)}@example.com`,
    passwordHash: "x",
    givenName: "Sam",
    customerPayload: {},
  });
  return user!.id;
}

describe.each(backends)("account tokens on $name", ({ name }) => {
  withTestDatabase(name);

  test("the lifetimes are 24 h to verify, 1 h to reset, 24 h to confirm a new address", () => {
    expect(TOKEN_LIFETIME_HOURS).toEqual({ verify_email: 24, reset_password: 1, change_email: 24 });
  });

  test.each([
    ["verify_email", 24],
    ["reset_password", 1],
    ["change_email", 24],
  ] as const)("a %s link works until %i h after it was made, not a second later", async (purpose, hours) => {
    const userId = await newLogin();
    const early = await issueToken({ userId, purpose }, T0);
    expect(await isTokenUsable(early, purpose, at(hours * HOUR - 1000))).toBe(true);
    expect(await consumeToken(early, purpose, at(hours * HOUR + 1000))).toBeUndefined();

    const onTime = await issueToken({ userId, purpose }, T0);
    expect((await consumeToken(onTime, purpose, at(hours * HOUR - 1000)))?.userId).toBe(userId);
  });

  test("a token is used once, only for its purpose, and the database holds only its SHA-256", async () => {
    const userId = await newLogin();
    const token = await issueToken({ userId, purpose: "reset_password" }, T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const rows = await (await getDb()).select().from(accountTokens);
    expect(rows.some((r) => JSON.stringify(r).includes(token))).toBe(false);
    expect(rows.filter((r) => r.tokenHash === hashToken(token))).toHaveLength(1);

    expect(await consumeToken(token, "verify_email", at(1000))).toBeUndefined();
    const both = await Promise.all([consumeToken(token, "reset_password", at(1000)), consumeToken(token, "reset_password", at(1000))]);
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(await consumeToken(token, "reset_password", at(2000))).toBeUndefined();
    expect(await consumeToken(hashToken(token), "reset_password", at(2000))).toBeUndefined();
  });

  test("a newer link of the same purpose replaces the older one; other purposes are untouched", async () => {
    const userId = await newLogin();
    const verify = await issueToken({ userId, purpose: "verify_email" }, T0);
    const first = await issueToken({ userId, purpose: "reset_password" }, T0);
    const second = await issueToken({ userId, purpose: "reset_password" }, at(1000));
    expect(await isTokenUsable(first, "reset_password", at(2000))).toBe(false);
    expect(await isTokenUsable(second, "reset_password", at(2000))).toBe(true);
    expect(await isTokenUsable(verify, "verify_email", at(2000))).toBe(true);
  });

  test("links are sent at most N an hour and a gap apart", async () => {
    const userId = await newLogin();
    const limits = { perHour: 3, gapSeconds: 60 };
    expect(await mayIssueToken(userId, "verify_email", limits, T0)).toEqual({ ok: true });
    await issueToken({ userId, purpose: "verify_email" }, T0);
    expect(await mayIssueToken(userId, "verify_email", limits, at(30_000))).toEqual({ ok: false, retryAfterSeconds: 30 });
    await issueToken({ userId, purpose: "verify_email" }, at(61_000));
    await issueToken({ userId, purpose: "verify_email" }, at(122_000));
    expect((await mayIssueToken(userId, "verify_email", limits, at(200_000))).ok).toBe(false);
    expect((await mayIssueToken(userId, "verify_email", limits, at(HOUR + 1000))).ok).toBe(true);
  });
});
