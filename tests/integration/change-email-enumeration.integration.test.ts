import { describe, expect, test, vi } from "vitest";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { countRecentMail } from "@/lib/mail/outbox";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// The current-password re-check reads the request's client address.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const PASSWORD = "bright-otter-kettle-47";
let counter = 0;

withTestEnv();

const address = (what: string) => `${what}-${++counter}-${Date.now().toString(36)}@example.com`;

async function signedIn() {
  const [row] = await (await getDb())
    .insert(users)
    .values({
      email: address("mover"),
      passwordHash: await hashPassword(PASSWORD),
      givenName: "Sam",
      status: "active",
      iminCustomerId: `mover-${counter}-${Date.now().toString(36)}`,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return {
    id: row!.id,
    email: row!.email,
    iminCustomerId: row!.iminCustomerId!,
    iminCustomerUrl: "http://imin.invalid/customer",
    givenName: "Sam",
    sessionId: "not-a-session",
    sessionExpiresAt: new Date(Date.now() + 86_400_000),
  };
}

/** What the person sees: the outcome without the mail that follows it. */
const answer = (r: Awaited<ReturnType<typeof requestEmailChange>>) => ({ ok: r.ok, retryLater: "retryLater" in r });

describe.each(backends)("changing the sign-in email on $name", ({ name }) => {
  withTestDatabase(name);

  test("asking to move to an address that has an account is answered exactly as for a free one, send limit included", async () => {
    const taken = (await signedIn()).email;
    const free = address("free");
    const now = new Date();
    const later = new Date(now.getTime() + 5_000);

    const a = await signedIn();
    const toTaken = [await requestEmailChange(a, PASSWORD, taken, now), await requestEmailChange(a, PASSWORD, taken, later)];
    const b = await signedIn();
    const toFree = [await requestEmailChange(b, PASSWORD, free, now), await requestEmailChange(b, PASSWORD, free, later)];

    expect(toTaken.map(answer)).toEqual(toFree.map(answer));
    expect(toFree.map(answer)).toEqual([
      { ok: true, retryLater: false },
      { ok: false, retryLater: true },
    ]);
  });

  test("the address that has an account gets no mail", async () => {
    const taken = (await signedIn()).email;
    const result = await requestEmailChange(await signedIn(), PASSWORD, taken);
    expect(result.ok).toBe(true);
    if (result.ok) await result.followUp();
    expect(await countRecentMail("confirm-email-change", taken, new Date(Date.now() - 60_000))).toBe(0);
  });
});
