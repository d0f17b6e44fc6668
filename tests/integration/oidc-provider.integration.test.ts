import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { createPendingUser } from "@/lib/accounts/create-store";
import { oidcKeys, oidcPayloads } from "@/lib/db/schema";
import { DbAdapter, endProviderSessions } from "@/lib/oidc/adapter";
import { listKeys, loadKeySet, RETIRED_KEY_PUBLISHED_HOURS, rotateKeys } from "@/lib/oidc/keys";
import { describeError } from "@/lib/oidc/log-error";
import { liveSessionStartedAt } from "@/lib/oidc/portal-session";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

const SECRET = "s".repeat(40);
const T0 = new Date("2031-05-06T09:00:00Z");
const HOUR = 3_600_000;
let counter = 0;
const uniq = (p: string) => `${p}-${++counter}-${Date.now().toString(36)}`;

withTestEnv({ IMIN_CHECKOUT_URL: "http://imin.invalid", AUTH_SECRET: SECRET });

describe.each(backends)("OpenID Provider storage on $name", ({ name }) => {
  withTestDatabase(name);

  describe("adapter", () => {
    test("stores, finds by id, uid and user code, and keeps kinds apart", async () => {
      const sessions = new DbAdapter("Session");
      const codes = new DbAdapter("AuthorizationCode");
      const id = uniq("s");
      await sessions.upsert(id, { uid: `${id}-uid`, accountId: "cust-1", loginTs: 100 }, 60);
      expect(await sessions.find(id)).toMatchObject({ uid: `${id}-uid`, accountId: "cust-1" });
      expect(await sessions.findByUid(`${id}-uid`)).toMatchObject({ accountId: "cust-1" });
      expect(await codes.find(id)).toBeUndefined();
      await sessions.upsert(id, { uid: `${id}-uid`, accountId: "cust-1", loginTs: 200 }, 60);
      expect(await sessions.find(id)).toMatchObject({ loginTs: 200 });

      const device = new DbAdapter("DeviceCode");
      await device.upsert(uniq("d"), { userCode: `${id}-UC` }, 60);
      expect(await device.findByUserCode(`${id}-UC`)).toMatchObject({ userCode: `${id}-UC` });
    });

    test("an expired row is never returned", async () => {
      const codes = new DbAdapter("AuthorizationCode");
      const id = uniq("c");
      await codes.upsert(id, { grantId: "g", accountId: "cust-1" }, 60);
      expect(await codes.find(id)).toBeDefined();
      const db = await getDb();
      await db
        .update(oidcPayloads)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(oidcPayloads.id, id));
      expect(await codes.find(id)).toBeUndefined();
    });

    test("a consumed code comes back marked consumed (the library refuses it and revokes its grant)", async () => {
      const codes = new DbAdapter("AuthorizationCode");
      const id = uniq("c");
      await codes.upsert(id, { grantId: "g1" }, 60);
      expect((await codes.find(id))?.consumed).toBeUndefined();
      await codes.consume(id);
      const first = (await codes.find(id))?.consumed;
      expect(typeof first).toBe("number");
      await codes.consume(id);
      expect((await codes.find(id))?.consumed).toBe(first);
    });

    test("destroy removes one row; revokeByGrantId removes the grant's codes and tokens of every kind", async () => {
      const codes = new DbAdapter("AuthorizationCode");
      const tokens = new DbAdapter("AccessToken");
      const grantId = uniq("grant");
      const other = uniq("grant");
      const [c1, a1, a2] = [uniq("c"), uniq("a"), uniq("a")];
      await codes.upsert(c1, { grantId }, 60);
      await tokens.upsert(a1, { grantId }, 60);
      await tokens.upsert(a2, { grantId: other }, 60);
      await codes.revokeByGrantId(grantId);
      expect(await codes.find(c1)).toBeUndefined();
      expect(await tokens.find(a1)).toBeUndefined();
      expect(await tokens.find(a2)).toBeDefined();
      await tokens.destroy(a2);
      expect(await tokens.find(a2)).toBeUndefined();
    });

    test("ending an account's provider sessions ends its grants and their tokens, not another account's", async () => {
      const sessions = new DbAdapter("Session");
      const grants = new DbAdapter("Grant");
      const tokens = new DbAdapter("AccessToken");
      const mine = uniq("cust");
      const theirs = uniq("cust");
      const [s1, s2, g1, g2, t1, t2] = ["s", "s", "g", "g", "t", "t"].map(uniq);
      await sessions.upsert(s1!, { uid: uniq("u"), accountId: mine }, 60);
      await sessions.upsert(s2!, { uid: uniq("u"), accountId: theirs }, 60);
      await grants.upsert(g1!, { accountId: mine, clientId: "app" }, 60);
      await grants.upsert(g2!, { accountId: theirs, clientId: "app" }, 60);
      await tokens.upsert(t1!, { accountId: mine, grantId: g1 }, 60);
      await tokens.upsert(t2!, { accountId: theirs, grantId: g2 }, 60);
      expect(await endProviderSessions(mine)).toBe(1);
      expect(await sessions.find(s1!)).toBeUndefined();
      expect(await grants.find(g1!)).toBeUndefined();
      expect(await tokens.find(t1!)).toBeUndefined();
      expect(await sessions.find(s2!)).toBeDefined();
      expect(await tokens.find(t2!)).toBeDefined();
    });
  });

  describe("signing keys", () => {
    test("made once on first start (even by two instances at once), sealed, then rotated with the old key still published", async () => {
      const db = await getDb();
      await db.delete(oidcKeys);
      const [a, b] = await Promise.all([loadKeySet(db, SECRET, T0), loadKeySet(db, SECRET, T0)]);
      expect(await listKeys(db)).toHaveLength(1);
      expect(a.kids).toEqual(b.kids);
      const [first] = a.kids;
      expect(a.signing[0]).toMatchObject({ kid: first, kty: "RSA", alg: "RS256" });
      expect(a.signing[0]).toHaveProperty("d");

      // The stored private key is sealed: the private exponent is nowhere in the row.
      const [row] = await listKeys(db);
      expect(row!.publicJwk).not.toHaveProperty("d");
      expect(row!.privateJwkEncrypted).not.toContain(String(a.signing[0]!.d));

      // Restart: the same key.
      expect((await loadKeySet(db, SECRET, T0)).kids).toEqual([first]);

      const rotated = await rotateKeys(db, SECRET, new Date(T0.getTime() + HOUR));
      const after = await loadKeySet(db, SECRET, new Date(T0.getTime() + 2 * HOUR));
      expect(after.kids).toEqual([rotated!.kid, first]);
      expect(after.signing[0]!.kid).toBe(rotated!.kid);

      // Once its tokens cannot be presented any more, the old key is no longer published.
      const later = await loadKeySet(db, SECRET, new Date(T0.getTime() + (RETIRED_KEY_PUBLISHED_HOURS + 2) * HOUR));
      expect(later.kids).toEqual([rotated!.kid]);
    });

    test("a key sealed with another AUTH_SECRET is not used: a new one is made", async () => {
      const db = await getDb();
      await db.delete(oidcKeys);
      const original = await loadKeySet(db, "o".repeat(40), T0);
      const other = await loadKeySet(db, SECRET, T0);
      expect(other.kids).toHaveLength(1);
      expect(other.kids[0]).not.toBe(original.kids[0]);
      expect(await listKeys(db)).toHaveLength(2);
    });
  });

  test("a failed query logs the database's reason, never the code it was storing", async () => {
    const db = await getDb();
    const code = `code-${uniq("secret")}`;
    const error = await db
      .insert(oidcPayloads)
      .values({ kind: "AuthorizationCode", id: code, payload: null as never })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toContain(code);
    const line = describeError(error);
    expect(line).not.toContain(code);
    expect(line).toMatch(/null/i);
  });

  test("a provider session is live while the portal session it came from is", async () => {
    const user = await createPendingUser({
      email: `${uniq("oidc")}@example.com`,
      passwordHash: "x",
      givenName: "Sam",
      customerPayload: {},
    });
    const now = new Date();
    const { id } = await createSession(user!.id, now);
    const loginTs = Math.floor(now.getTime() / 1000);
    expect(await liveSessionStartedAt(user!.id, loginTs)).toBe(true);
    expect(await liveSessionStartedAt(user!.id, loginTs - 5)).toBe(false);
    await revokeSession(id);
    expect(await liveSessionStartedAt(user!.id, loginTs)).toBe(false);
  });
});
