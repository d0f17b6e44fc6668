import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { emailDelayMs } from "@/lib/auth/rate-limit";
import {
  createSession,
  decodeSessionCookie,
  encodeSessionCookie,
  hashSessionId,
  resolveSession,
  revokeSession,
  revokeSessions,
} from "@/lib/auth/sessions";
import { verifyLogin } from "@/lib/auth/verify-login";
import { createPendingUser } from "@/lib/accounts/create-store";
import { loginSessions, users } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

const DAY = 86_400_000;
const PASSWORD = "bright-otter-kettle-47";

withTestEnv({
  AUTH_SECURE_COOKIES: "false",
  SIGN_IN_MAX_FAILURES_PER_EMAIL: "5",
  SIGN_IN_MAX_FAILURES_PER_IP: "30",
  SIGN_IN_WINDOW_MINUTES: "15",
  SESSION_IDLE_DAYS: "7",
});

describe.each(backends)("sign-in security on $name", ({ name }) => {
  const t = withTestDatabase(name);
  let n = 0;
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });

  async function activeUser() {
    const email = `owner${++n}.${name}@example.com`;
    const user = (await createPendingUser({ email, passwordHash, givenName: "Owner", customerPayload: {} }))!;
    await t.database.db
      .update(users)
      .set({ status: "active", iminCustomerId: `cust-${name}-${n}`, emailVerifiedAt: new Date() })
      .where(sql`id = ${user.id}`);
    return { ...user, email };
  }

  const noSleep = { sleep: async () => {} };

  describe("verifyLogin", () => {
    test("accepts the right password and refuses a wrong one or an unknown email", async () => {
      const u = await activeUser();
      expect(await verifyLogin(u.email, PASSWORD, "198.51.100.1", noSleep)).toMatchObject({ ok: true, user: { id: u.id } });
      expect(await verifyLogin(u.email.toUpperCase(), PASSWORD, "198.51.100.1", noSleep)).toMatchObject({ ok: true });
      expect(await verifyLogin(u.email, "wrong-password", "198.51.100.1", noSleep)).toMatchObject({ ok: false, reason: "invalid" });
      expect(await verifyLogin(`nobody${n}@example.com`, PASSWORD, "198.51.100.1", noSleep)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    });

    test("5 failures lock that email from that address, correct password included; the owner elsewhere still gets in", async () => {
      const u = await activeUser();
      const attacker = `203.0.113.${n}`;
      for (let i = 0; i < 5; i++) expect((await verifyLogin(u.email, `guess-${i}`, attacker, noSleep)).ok).toBe(false);
      expect(await verifyLogin(u.email, PASSWORD, attacker, noSleep)).toMatchObject({ ok: false, reason: "rate_limited" });
      expect(await verifyLogin(u.email, PASSWORD, "192.0.2.200", noSleep)).toMatchObject({ ok: true });
    });

    test("the per-email count slows every address down instead of locking the owner out", async () => {
      const u = await activeUser();
      const delays: number[] = [];
      // A stranger spreads guesses over many addresses (2 each): no pair or address limit is hit.
      for (let i = 0; i < 12; i++) {
        await verifyLogin(u.email, `guess-${i}`, `203.0.113.${100 + Math.floor(i / 2)}`, { sleep: async (ms) => delays.push(ms) });
      }
      expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
      const ownerDelays: number[] = [];
      const owner = await verifyLogin(u.email, PASSWORD, "192.0.2.201", { sleep: async (ms) => ownerDelays.push(ms) });
      expect(owner.ok).toBe(true);
      expect(ownerDelays).toEqual([8000]);
    });

    test("30 failures from one address block it for every email", async () => {
      const u = await activeUser();
      const ip = `198.51.100.${100 + n}`;
      for (let i = 0; i < 30; i++) await verifyLogin(`victim${i}.${n}@example.com`, "guess", ip, noSleep);
      expect(await verifyLogin(u.email, PASSWORD, ip, noSleep)).toMatchObject({ ok: false, reason: "rate_limited" });
    });

    test("parallel guesses cannot slip past the pair limit", async () => {
      const u = await activeUser();
      const ip = `203.0.113.${200 + n}`;
      const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => verifyLogin(u.email, `guess-${i}`, ip, noSleep)));
      const later = [];
      for (let i = 0; i < 12; i++) later.push(await verifyLogin(u.email, `later-${i}`, ip, noSleep));
      const checked = [...burst, ...later].filter((r) => !r.ok && r.reason === "invalid").length;
      expect(checked).toBe(5);
      expect(await verifyLogin(u.email, PASSWORD, ip, noSleep)).toMatchObject({ reason: "rate_limited" });
    });

    test("failures older than the window no longer count", async () => {
      const u = await activeUser();
      const ip = `203.0.113.${n}`;
      const long = new Date(Date.now() - 16 * 60_000);
      for (let i = 0; i < 5; i++) await verifyLogin(u.email, `guess-${i}`, ip, { ...noSleep, now: long });
      expect(await verifyLogin(u.email, PASSWORD, ip, noSleep)).toMatchObject({ ok: true });
    });

    test("a success forgives that pair's failures", async () => {
      const u = await activeUser();
      const ip = `198.51.100.${n}`;
      for (let i = 0; i < 4; i++) await verifyLogin(u.email, `typo-${i}`, ip, noSleep);
      expect((await verifyLogin(u.email, PASSWORD, ip, noSleep)).ok).toBe(true);
      for (let i = 0; i < 4; i++) await verifyLogin(u.email, `typo-${i}`, ip, noSleep);
      expect((await verifyLogin(u.email, PASSWORD, ip, noSleep)).ok).toBe(true);
    });

    test("delay schedule", () => {
      expect([4, 5, 6, 7, 8, 9, 20].map((f) => emailDelayMs(f, 5))).toEqual([0, 500, 1000, 2000, 4000, 8000, 8000]);
    });
  });

  describe("sessions", () => {
    test("only the hash of the session id is stored", async () => {
      const u = await activeUser();
      const { id } = await createSession(u.id);
      const rows = await t.database.db.select().from(loginSessions).where(sql`user_id = ${u.id}`);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.idHash).toBe(hashSessionId(id));
      expect(JSON.stringify(rows)).not.toContain(id);
    });

    test("absolute lifetime: 14 days from sign-in however active the session is", async () => {
      const u = await activeUser();
      const t0 = new Date("2026-03-01T10:00:00Z");
      const { id, expiresAt } = await createSession(u.id, t0);
      expect(expiresAt.getTime() - t0.getTime()).toBe(14 * DAY);
      for (let day = 1; day <= 13; day++) expect(await resolveSession(id, new Date(t0.getTime() + day * DAY))).toBeDefined();
      expect(await resolveSession(id, new Date(t0.getTime() + 14 * DAY - 60_000))).toBeDefined();
      expect(await resolveSession(id, new Date(t0.getTime() + 14 * DAY + 1))).toBeUndefined();
    });

    test("idle timeout: unused for SESSION_IDLE_DAYS ends it", async () => {
      const u = await activeUser();
      const t0 = new Date("2026-03-01T10:00:00Z");
      const { id } = await createSession(u.id, t0);
      expect(await resolveSession(id, new Date(t0.getTime() + 6 * DAY))).toBeDefined(); // seen on day 6
      expect(await resolveSession(id, new Date(t0.getTime() + 12 * DAY))).toBeDefined(); // 6 days later: fine
      expect(await resolveSession(id, new Date(t0.getTime() + 12 * DAY + 7 * DAY + 1))).toBeUndefined();

      const idle = await createSession(u.id, t0);
      expect(await resolveSession(idle.id, new Date(t0.getTime() + 7 * DAY + 1))).toBeUndefined();
    });

    test("last seen is written at most once a minute", async () => {
      const u = await activeUser();
      const t0 = new Date("2026-03-01T10:00:00Z");
      const { id } = await createSession(u.id, t0);
      const seen = async () =>
        (
          await t.database.db
            .select()
            .from(loginSessions)
            .where(sql`id_hash = ${hashSessionId(id)}`)
        )[0]!.lastSeenAt.getTime();
      await resolveSession(id, new Date(t0.getTime() + 30_000));
      expect(await seen()).toBe(t0.getTime());
      await resolveSession(id, new Date(t0.getTime() + 61_000));
      expect(await seen()).toBe(t0.getTime() + 61_000);
    });

    test("revocation: one session, every session, every session but one", async () => {
      const u = await activeUser();
      const a = await createSession(u.id);
      const b = await createSession(u.id);
      const c = await createSession(u.id);
      await revokeSession(a.id);
      expect(await resolveSession(a.id)).toBeUndefined();
      expect(await resolveSession(b.id)).toBeDefined();
      expect(await revokeSessions(u.id, { except: c.id })).toBe(1);
      expect(await resolveSession(b.id)).toBeUndefined();
      expect(await resolveSession(c.id)).toBeDefined();
      expect(await revokeSessions(u.id)).toBe(1);
      expect(await resolveSession(c.id)).toBeUndefined();
    });

    test("a deleted login's sessions are gone with it", async () => {
      const u = await activeUser();
      const s = await createSession(u.id);
      await t.database.db.delete(users).where(sql`id = ${u.id}`);
      expect(await resolveSession(s.id)).toBeUndefined();
    });

    test("the cookie holds only the login and session ids, and is refused when tampered with", async () => {
      const u = await activeUser();
      const s = await createSession(u.id);
      const cookie = await encodeSessionCookie(u.id, s.id);
      expect(cookie).not.toContain(s.id);
      expect(await decodeSessionCookie(cookie)).toEqual({ sub: u.id, sid: s.id });
      expect(await decodeSessionCookie(`${cookie.slice(0, -4)}AAAA`)).toBeUndefined();
      expect(await decodeSessionCookie("garbage")).toBeUndefined();
    });
  });
});
