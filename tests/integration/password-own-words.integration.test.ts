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

withTestEnv({ BROKER_CONFIG: "brands/default.json" });

async function ridley() {
  const n = ++counter;
  const [row] = await (await getDb())
    .insert(users)
    .values({
      email: `ridley.quentin.${n}${Date.now().toString(36)}@example.com`,
      passwordHash: await hashPassword(PASSWORD),
      givenName: "Ridley",
      status: "active",
      iminCustomerId: `own-words-${n}-${Date.now().toString(36)}`,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return row!;
}

describe.each(backends)("a new password against the person's own words on $name", ({ name }) => {
  withTestDatabase(name);

  test("a new password built from the person's own name and email is refused when they change it, and nothing changes", async () => {
    const user = await ridley();
    const portalUser = {
      id: user.id,
      email: user.email,
      iminCustomerId: user.iminCustomerId!,
      iminCustomerUrl: "http://imin.invalid/customer",
      givenName: "Ridley",
      sessionId: "not-a-session",
      sessionExpiresAt: new Date(Date.now() + 86_400_000),
    };
    const result = await changePassword(portalUser, PASSWORD, "ridleyquentin2026");
    expect(result.ok).toBe(false);
    const after = (await (await getDb()).query.users.findFirst({ where: (u, { eq }) => eq(u.id, user.id) }))!;
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  test("a new password built from the person's own name and email is refused on reset, and the link still works", async () => {
    const user = await ridley();
    const token = await issueToken({ userId: user.id, purpose: "reset_password" });
    expect(await resetPassword(token, "quentinridley2026")).toMatchObject({ ok: false });
    expect(await isTokenUsable(token, "reset_password")).toBe(true);
    expect(await resetPassword(token, "quiet-harbour-lantern-82")).toEqual({ ok: true });
  });
});
