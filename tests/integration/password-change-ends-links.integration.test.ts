import { describe, expect, test, vi } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { resetPassword } from "@/lib/accounts/reset-password";
import { isTokenUsable, issueToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// changePassword re-checks the current password from the request's client address.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const PASSWORD = "bright-otter-kettle-47";
let counter = 0;

withTestEnv();

async function activeLogin() {
  const n = ++counter;
  const [row] = await (await getDb())
    .insert(users)
    .values({
      email: `links-${n}-${Date.now().toString(36)}@example.com`,
      passwordHash: await hashPassword(PASSWORD),
      givenName: "Sam",
      status: "active",
      iminCustomerId: `links-${n}-${Date.now().toString(36)}`,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return row!;
}

describe.each(backends)("mailed links after a password change on $name", ({ name }) => {
  withTestDatabase(name);

  test("a password change ends every pending email-change and reset link", async () => {
    const user = await activeLogin();
    const move = await issueToken({ userId: user.id, purpose: "change_email", newEmail: `elsewhere-${counter}@example.com` });
    const reset = await issueToken({ userId: user.id, purpose: "reset_password" });
    const portalUser = {
      id: user.id,
      email: user.email,
      iminCustomerId: user.iminCustomerId!,
      iminCustomerUrl: "http://imin.invalid/customer",
      givenName: "Sam",
      sessionId: "not-a-session",
      sessionExpiresAt: new Date(Date.now() + 86_400_000),
    };
    expect(await changePassword(portalUser, PASSWORD, "quiet-harbour-lantern-82")).toEqual({ ok: true });
    expect(await isTokenUsable(move, "change_email")).toBe(false);
    expect(await isTokenUsable(reset, "reset_password")).toBe(false);
  });

  test("a password reset ends every pending email-change link", async () => {
    const user = await activeLogin();
    const move = await issueToken({ userId: user.id, purpose: "change_email", newEmail: `elsewhere-${counter}@example.com` });
    const reset = await issueToken({ userId: user.id, purpose: "reset_password" });
    expect(await resetPassword(reset, "quiet-harbour-lantern-82")).toEqual({ ok: true });
    expect(await isTokenUsable(move, "change_email")).toBe(false);
  });
});
