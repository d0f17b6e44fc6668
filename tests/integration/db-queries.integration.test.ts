import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import {
  CREATE_CUSTOMER_OPERATION,
  claimPendingOperation,
  completeCustomerCreation,
  createPendingUser,
  releasePendingOperation,
} from "@/lib/accounts/create-store";
import { countRecentFailures, endSessions, recordSignInAttempt } from "@/lib/auth/store";
import { deleteUser, getUserByEmail, getUserById, updateUserDetails } from "@/lib/accounts/store";
import { calendarFeeds, customerSnapshots, notices, pendingOperations, webhookReceipts } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";

describe.each(backends)("database on $name", ({ name }) => {
  const t = withTestDatabase(name);

  let n = 0;
  const email = () => `User${++n}.${name}@Example.com`;

  test("migrations create every table", async () => {
    const rows = await t.database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = ((rows as any).rows ?? rows).map((r: any) => r.table_name);
    expect(names).toEqual(
      expect.arrayContaining([
        "calendar_feeds",
        "customer_snapshots",
        "notices",
        "pending_operations",
        "sign_in_attempts",
        "users",
        "webhook_receipts",
      ]),
    );
  });

  test("emails are stored lower-cased and unique; a second login with the same email is refused", async () => {
    const e = email();
    const first = await createPendingUser({ email: e, passwordHash: "h", givenName: "A", customerPayload: { email: e } });
    expect(first?.email).toBe(e.toLowerCase());
    expect(first?.status).toBe("pending_imin");
    const again = await createPendingUser({ email: e.toUpperCase(), passwordHash: "h2", givenName: "B", customerPayload: {} });
    expect(again).toBeUndefined();
    expect((await getUserByEmail(` ${e.toUpperCase()} `))?.id).toBe(first!.id);
  });

  test("simultaneous sign-ups with one email leave exactly one login", async () => {
    const e = email();
    const results = await Promise.all(
      [1, 2, 3].map(() => createPendingUser({ email: e, passwordHash: "h", givenName: "A", customerPayload: {} })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test("a pending operation is claimed by one request at a time, released and completed", async () => {
    const user = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "A", customerPayload: { x: 1 } }))!;
    const claims = await Promise.all([1, 2, 3].map(() => claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION)));
    const won = claims.filter(Boolean);
    expect(won).toHaveLength(1);
    expect(won[0]!.payload).toEqual({ x: 1 });
    await releasePendingOperation(won[0]!.id, "imin unavailable");
    const again = await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION);
    expect(again?.attempts).toBe(2);
    expect(again?.lastError).toBe("imin unavailable");
    await completeCustomerCreation(user.id, { customerId: `cust-${name}-${n}`, customerUrl: "https://imin/x" });
    const done = await getUserById(user.id);
    expect(done).toMatchObject({ status: "active", iminCustomerId: `cust-${name}-${n}` });
    expect(await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION)).toBeUndefined();
  });

  test("an expired claim can be taken over", async () => {
    const user = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "A", customerPayload: {} }))!;
    expect(await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION, 1)).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION)).toBeDefined();
  });

  test("an email change to an address in use is refused without changing anything", async () => {
    const a = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "A", customerPayload: {} }))!;
    const b = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "B", customerPayload: {} }))!;
    expect(await updateUserDetails(b.id, { email: a.email.toUpperCase() })).toBe(false);
    expect((await getUserById(b.id))?.email).toBe(b.email);
    expect(await updateUserDetails(b.id, { email: `New.${b.email}`, givenName: "Bee" })).toBe(true);
    expect(await getUserById(b.id)).toMatchObject({ email: `new.${b.email}`, givenName: "Bee" });
  });

  test("signing out voids earlier sessions", async () => {
    const user = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "A", customerPayload: {} }))!;
    expect(user.sessionsValidFrom).toBeNull();
    const before = Date.now() - 1000;
    await endSessions(user.id);
    expect((await getUserById(user.id))!.sessionsValidFrom!.getTime()).toBeGreaterThan(before);
  });

  test("deleting a login erases everything hanging off it", async () => {
    const user = (await createPendingUser({ email: email(), passwordHash: "h", givenName: "A", customerPayload: {} }))!;
    const db = t.database.db;
    await db.insert(notices).values({ userId: user.id, kind: "k", message: "m", dedupeKey: `d-${name}-${n}` });
    await db.insert(customerSnapshots).values({ userId: user.id, snapshot: {} });
    await db.insert(calendarFeeds).values({ userId: user.id, tokenHash: `t-${name}-${n}` });
    await db.insert(webhookReceipts).values({ iminCustomerId: "c", dedupeKey: `w-${name}-${n}`, payload: {} });
    await deleteUser(user.id);
    expect(await getUserById(user.id)).toBeUndefined();
    for (const table of [notices, customerSnapshots, calendarFeeds, pendingOperations]) {
      const rows = await db.select().from(table).where(sql`user_id = ${user.id}`);
      expect(rows).toHaveLength(0);
    }
  });

  test("sign-in failures are counted per email and per address; a success forgives the email", async () => {
    const key = email().toLowerCase();
    const ip = `10.0.0.${n}`;
    const since = new Date(Date.now() - 60_000);
    for (let i = 0; i < 3; i++) {
      await recordSignInAttempt(
        [
          { kind: "email", key },
          { kind: "ip", key: ip },
        ],
        false,
      );
    }
    expect(await countRecentFailures("email", key, since)).toBe(3);
    expect(await countRecentFailures("ip", ip, since)).toBe(3);
    expect(await countRecentFailures("email", key, new Date(Date.now() + 60_000))).toBe(0);
    await recordSignInAttempt(
      [
        { kind: "email", key },
        { kind: "ip", key: ip },
      ],
      true,
    );
    expect(await countRecentFailures("email", key, since)).toBe(0);
    expect(await countRecentFailures("ip", ip, since)).toBe(3);
  });
});
