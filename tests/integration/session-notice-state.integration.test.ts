import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { createPendingUser } from "@/lib/accounts/create-store";
import { markReceiptsProcessed, storeReceipt, takeUnprocessedReceipts } from "@/lib/notices/store";
import { users } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { backends, openTestDatabase, type TestDatabase } from "../support/database";

beforeAll(() => {
  Object.assign(process.env, {
    IMIN_API_KEY: "k".repeat(20),
    IMIN_CHECKOUT_URL: "http://127.0.0.1:9",
    IMIN_WEBHOOK_API_KEY: "webhook-key",
    AUTH_SECRET: "s".repeat(40),
    AUTH_SECURE_COOKIES: "false",
    SESSION_IDLE_DAYS: "7",
  });
  resetEnvCache();
});

describe.each(backends)("the session query says whether a notification waits, on $name", ({ name }) => {
  let t: TestDatabase;
  let n = 0;
  beforeAll(async () => {
    t = await openTestDatabase(name);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function signedIn() {
    const email = `notice${++n}.${name}@example.com`;
    const user = (await createPendingUser({ email, passwordHash: "x", givenName: "Nia", customerPayload: {} }))!;
    const iminCustomerId = `cust-notice-${name}-${n}`;
    await t.database.db.update(users).set({ status: "active", iminCustomerId }).where(sql`id = ${user.id}`);
    const { id } = await createSession(user.id);
    return { userId: user.id, iminCustomerId, sessionId: id };
  }

  test("nothing waiting", async () => {
    const { sessionId } = await signedIn();
    const resolved = await resolveSession(sessionId);
    expect(resolved?.notices).toEqual({ waiting: false });
  });

  test("a stored notification for this customer is waiting until it is processed; another customer's is not", async () => {
    const me = await signedIn();
    const other = await signedIn();
    await storeReceipt(other.iminCustomerId, { about: "someone else" });
    expect((await resolveSession(me.sessionId))?.notices.waiting).toBe(false);

    await storeReceipt(me.iminCustomerId, { about: "me" });
    expect((await resolveSession(me.sessionId))?.notices.waiting).toBe(true);

    await markReceiptsProcessed(await takeUnprocessedReceipts(me.iminCustomerId));
    expect((await resolveSession(me.sessionId))?.notices.waiting).toBe(false);
  });
});
