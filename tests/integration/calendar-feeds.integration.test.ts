import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCalendarFeed, getActiveCalendarFeed, hashFeedToken, revokeCalendarFeeds, userIdForFeedToken } from "@/lib/calendar/store";
import { calendarFeeds, users } from "@/lib/db/schema";
import { backends, openTestDatabase, type TestDatabase } from "../support/database";

describe.each(backends)("calendar feed tokens ($name)", ({ name }) => {
  let db: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    db = await openTestDatabase(name);
    const [row] = await (await getDb())
      .insert(users)
      .values({ email: `feed-${Date.now()}@example.com`, passwordHash: "x", status: "active", iminCustomerId: `feed-${Date.now()}` })
      .returning({ id: users.id });
    userId = row.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  test("the token is stored only as its hash and resolves to its owner", async () => {
    const { token } = await createCalendarFeed(userId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await (await getDb()).select().from(calendarFeeds);
    expect(stored.some((r) => r.tokenHash === token)).toBe(false);
    expect(stored.some((r) => r.tokenHash === hashFeedToken(token))).toBe(true);
    expect(await userIdForFeedToken(token)).toBe(userId);
    expect(await getActiveCalendarFeed(userId)).toBeTruthy();
  });

  test("a new link replaces the old one; revoking turns every link off", async () => {
    const first = await createCalendarFeed(userId);
    const second = await createCalendarFeed(userId);
    expect(await userIdForFeedToken(first.token)).toBeUndefined();
    expect(await userIdForFeedToken(second.token)).toBe(userId);
    await revokeCalendarFeeds(userId);
    expect(await userIdForFeedToken(second.token)).toBeUndefined();
    expect(await getActiveCalendarFeed(userId)).toBeUndefined();
  });

  test("malformed and unknown tokens resolve to nobody", async () => {
    for (const token of ["", "short", "x".repeat(43), "../../etc/passwd", "a".repeat(500)]) {
      expect(await userIdForFeedToken(token)).toBeUndefined();
    }
  });
});
