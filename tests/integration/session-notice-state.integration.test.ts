import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { createPendingUser } from "@/lib/accounts/create-store";
import { markReceiptsProcessed, storeReceipt, takeUnprocessedReceipts } from "@/lib/notices/store";
import { users } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

withTestEnv({ AUTH_SECURE_COOKIES: "false", SESSION_IDLE_DAYS: "7" });

describe.each(backends)("the session query says whether a notification waits, on $name", ({ name }) => {
  const t = withTestDatabase(name);
  let n = 0;

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
