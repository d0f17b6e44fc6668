import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PortalUser } from "@/lib/auth/current-user";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { createPendingUser } from "@/lib/db/queries";
import { markReceiptsProcessed, storeReceipt, takeUnprocessedReceipts } from "@/lib/db/queries/notices";
import { notices, users } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { dismiss, listOpen } from "@/lib/notices";
import { rememberNoticeState } from "@/lib/notices/preload";
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

describe.each(backends)("the session query reads the notice banner's state on $name", ({ name }) => {
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

  async function addNotice(userId: string, message: string, createdAt: Date, dismissed = false) {
    const [row] = await t.database.db
      .insert(notices)
      .values({ userId, kind: "seller-linked", message, createdAt, dismissedAt: dismissed ? createdAt : null })
      .returning({ id: notices.id });
    return row!.id;
  }

  test("nothing waiting and no notices", async () => {
    const { sessionId } = await signedIn();
    const resolved = await resolveSession(sessionId);
    expect(resolved?.notices).toEqual({ waiting: false, open: [] });
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

  test("the ten newest open notices of this person, newest first, with the same words the banner shows", async () => {
    const me = await signedIn();
    const other = await signedIn();
    const t0 = Date.UTC(2026, 0, 1, 12);
    for (let i = 0; i < 12; i++) await addNotice(me.userId, `Change ${i}: “Sunny Leisure” linked — £5.00`, new Date(t0 + i * 60_000));
    await addNotice(me.userId, "Dismissed already", new Date(t0 + 99 * 60_000), true);
    await addNotice(other.userId, "Not yours", new Date(t0 + 98 * 60_000));

    const state = (await resolveSession(me.sessionId))!.notices;
    expect(state.open.map((o) => o.message)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Change ${11 - k}: “Sunny Leisure” linked — £5.00`),
    );
    expect(state.open[0]).toEqual({ id: expect.any(String), kind: "seller-linked", message: "Change 11: “Sunny Leisure” linked — £5.00" });
  });

  test("the banner uses the session's list until the request dismisses one, then reads again", async () => {
    const me = await signedIn();
    const first = await addNotice(me.userId, "Your name changed", new Date(Date.UTC(2026, 0, 1)));
    const second = await addNotice(me.userId, "A seller linked your account", new Date(Date.UTC(2026, 0, 2)));
    const user = { id: me.userId, iminCustomerId: me.iminCustomerId } as PortalUser;
    rememberNoticeState(user, (await resolveSession(me.sessionId))!.notices);
    expect((await listOpen(user)).map((o) => o.id)).toEqual([second, first]);

    await dismiss(user, second);
    expect((await listOpen(user)).map((o) => o.id)).toEqual([first]);
  });
});
