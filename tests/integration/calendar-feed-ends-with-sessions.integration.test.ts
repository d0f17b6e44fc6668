import { describe, expect, test, vi } from "vitest";
import { resetPassword } from "@/lib/accounts/reset-password";
import { issueToken } from "@/lib/accounts/tokens";
import { signOutEverywhere } from "@/lib/auth/session-cookie";
import { createSession, encodeSessionCookie, resolveSession, sessionCookieName } from "@/lib/auth/sessions";
import { createCalendarFeed, userIdForFeedToken } from "@/lib/calendar/store";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { renderMail } from "@/lib/mail/render";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// The browser's cookie jar for signOutEverywhere: the one cookie the test puts in it.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));

let counter = 0;

withTestEnv({ AUTH_SECURE_COOKIES: "false" });

async function loginWithFeed() {
  const n = ++counter;
  const [user] = await (await getDb())
    .insert(users)
    .values({
      email: `feed-off-${n}-${Date.now().toString(36)}@example.com`,
      passwordHash: "x",
      status: "active",
      iminCustomerId: `feed-off-${n}-${Date.now().toString(36)}`,
      emailVerifiedAt: new Date(),
    })
    .returning();
  const { token } = await createCalendarFeed(user!.id);
  expect(await userIdForFeedToken(token)).toBe(user!.id);
  return { user: user!, feed: token };
}

describe.each(backends)("the private calendar feed on $name", ({ name }) => {
  withTestDatabase(name);

  test("a password reset turns the private calendar feed off", async () => {
    const { user, feed } = await loginWithFeed();
    const reset = await issueToken({ userId: user.id, purpose: "reset_password" });
    expect(await resetPassword(reset, "quiet-harbour-lantern-82")).toEqual({ ok: true });
    expect(await userIdForFeedToken(feed)).toBeUndefined();
  });

  test("signing out everywhere turns the private calendar feed off", async () => {
    const { user, feed } = await loginWithFeed();
    const session = await createSession(user.id);
    jar.set(sessionCookieName(), await encodeSessionCookie(user.id, session.id));
    await signOutEverywhere();
    expect(await resolveSession(session.id)).toBeUndefined();
    expect(await userIdForFeedToken(feed)).toBeUndefined();
  });

  test("the reset mail says resetting turns the calendar feed off", async () => {
    const mail = await renderMail("reset-password", { resetUrl: "https://portal.example/reset-password?token=x" });
    expect(mail.text).toMatch(/calendar/i);
  });
});
