import { eq, sql } from "drizzle-orm";
import { generateSync } from "otplib";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { verifyLogin } from "@/lib/auth/verify-login";
import { getDb } from "@/lib/db/client";
import { staffAuditLog, staffSessions, users } from "@/lib/db/schema";
import { lockoutsOf } from "@/lib/staff/customers";
import { createStaffSession, endStaffSessions, resolveStaffSession } from "@/lib/staff/sessions";
import { acceptInvite, inviteSetup, staffPasswordStep, staffSecondFactorStep } from "@/lib/staff/sign-in";
import { createInvite, createStaff, disableStaff, getStaffById, searchAudit } from "@/lib/staff/store";
import { newTotpSecret } from "@/lib/staff/totp";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// The console's actions read the staff cookie and the client address from next/headers: a jar per test.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => {
      if (value) jar.set(name, value);
      else jar.delete(name);
    },
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/staff/actions");

const PASSWORD = "staff-lantern-orbit-91";
const CUSTOMER_PASSWORD = "bright-otter-kettle-47";
const MIN = 60_000;
const noSleep = { sleep: async () => {} };
let n = 0;

withTestEnv({
  AUTH_SECURE_COOKIES: "false",
  SIGN_IN_MAX_FAILURES_PER_EMAIL: "5",
  SIGN_IN_MAX_FAILURES_PER_IP: "30",
  SIGN_IN_WINDOW_MINUTES: "15",
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
    return undefined;
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw e;
    return digest.split(";")[2];
  }
}

describe.each(backends)("staff console on $name", ({ name }) => {
  const t = withTestDatabase(name);
  let passwordHash: string;
  let customerHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
    customerHash = await hashPassword(CUSTOMER_PASSWORD);
  });
  beforeEach(() => jar.clear());

  async function staffMember(role: "support" | "admin") {
    const secret = newTotpSecret();
    const recovery = `abcde-${String(++n).padStart(5, "0")}`;
    const member = await createStaff({
      email: `${role}${n}.${name}@broker.example`,
      role,
      passwordHash,
      totpSecret: secret,
      recoveryCodes: [recovery],
    });
    return { member: member!, secret, recovery };
  }

  async function signInAs(role: "support" | "admin") {
    const { member } = await staffMember(role);
    const { id } = await createStaffSession(member.id, { full: true });
    jar.set("staff-session", id);
    return member;
  }

  async function customer(opts: { active?: boolean } = {}) {
    const active = opts.active ?? true;
    const [row] = await (await getDb())
      .insert(users)
      .values({
        email: `customer${++n}.${name}@example.com`,
        passwordHash: customerHash,
        givenName: "Casey",
        status: active ? "active" : "pending_imin",
        iminCustomerId: active ? `staff-test-${name}-${n}` : null,
        emailVerifiedAt: active ? new Date() : null,
      })
      .returning();
    return row!;
  }

  describe("authorisation", () => {
    const everyAction = () =>
      Object.entries(actions).filter(
        ([key]) =>
          ![
            "staffPasswordAction",
            "staffFactorAction",
            "acceptInviteAction",
            "staffSignOutAction",
            // Signed-out steps with their own checks (tests/integration/staff-passkeys.integration.test.ts).
            "staffPasskeyOptionsAction",
            "staffPasskeySignInAction",
            "invitePasskeyOptionsAction",
            "acceptInvitePasskeyAction",
          ].includes(key),
      ) as [string, (s: unknown, f: FormData) => Promise<unknown>][];

    test("without a staff session every console action sends to the staff sign-in, and does nothing", async () => {
      const c = await customer({ active: false });
      // A customer's session cookie is not a staff session.
      jar.set("authjs.session-token", "a-customer-session");
      expect(everyAction().length).toBeGreaterThanOrEqual(12);
      for (const [, action] of everyAction()) {
        const target = await redirectOf(action({ status: "idle" }, form({ customerId: c.id, confirm: "yes" })));
        expect(target).toBe("/staff/sign-in");
      }
      expect((await (await getDb()).select().from(users).where(eq(users.id, c.id))).length).toBe(1);
    });

    test("support cannot do admin actions (delete a customer, dead jobs, invite staff)", async () => {
      await signInAs("support");
      const c = await customer({ active: false });
      const job = { queue: "mail-delivery", jobId: "00000000-0000-4000-8000-000000000000", confirm: "yes" };
      const refused = { status: "error", message: "This needs the admin role." };
      expect(await actions.deleteCustomerAction({ status: "idle" }, form({ customerId: c.id, confirm: "yes" }))).toEqual(refused);
      expect(await actions.retryJobAction({ status: "idle" }, form(job))).toEqual(refused);
      expect(await actions.deleteJobAction({ status: "idle" }, form(job))).toEqual(refused);
      expect(await actions.inviteStaffAction({ status: "idle" }, form({ email: "new@broker.example", role: "admin" }))).toEqual(refused);
      expect((await (await getDb()).select().from(users).where(eq(users.id, c.id))).length).toBe(1);
    });

    test("an admin deletes a customer (the erasure path), audited", async () => {
      const admin = await signInAs("admin");
      const c = await customer({ active: false });
      const target = await redirectOf(actions.deleteCustomerAction({ status: "idle" }, form({ customerId: c.id, confirm: "yes" })));
      expect(target).toBe("/staff?deleted=1");
      expect((await (await getDb()).select().from(users).where(eq(users.id, c.id))).length).toBe(0);
      const [line] = await searchAudit(c.email);
      expect(line).toMatchObject({ staffId: admin.id, action: "customer.delete", customerEmail: c.email });
    });

    test("an action needs its confirmation", async () => {
      await signInAs("support");
      const c = await customer();
      const result = await actions.clearLockoutAction({ status: "idle" }, form({ customerId: c.id }));
      expect(result).toMatchObject({ status: "error", message: "Confirm the action first." });
    });
  });

  test("support clears a customer's lockout: the customer signs in again, and it is audited", async () => {
    const member = await signInAs("support");
    const c = await customer();
    const ip = "203.0.113.77";
    for (let i = 0; i < 5; i++) expect((await verifyLogin(c.email, "wrong-password", ip, noSleep)).ok).toBe(false);
    expect(await verifyLogin(c.email, CUSTOMER_PASSWORD, ip, noSleep)).toMatchObject({ ok: false, reason: "rate_limited" });
    const { locked } = await lockoutsOf(c.email);
    expect(locked).toEqual([expect.objectContaining({ address: ip, failures: 5 })]);
    expect(locked[0]!.until.getTime()).toBeGreaterThan(Date.now() + 14 * MIN);

    const result = await actions.clearLockoutAction({ status: "idle" }, form({ customerId: c.id, confirm: "yes" }));
    expect(result).toMatchObject({ status: "success" });
    expect((await lockoutsOf(c.email)).locked).toEqual([]);
    expect(await verifyLogin(c.email, CUSTOMER_PASSWORD, ip, noSleep)).toMatchObject({ ok: true });
    const [line] = await searchAudit(c.email);
    expect(line).toMatchObject({
      staffEmail: member.email,
      action: "customer.clear-lockout",
      customerId: c.id,
      detail: { ok: true, cleared: 10 },
    });
  });

  describe("staff sessions", () => {
    test("end after 30 minutes idle, and 8 hours after sign-in however busy", async () => {
      const { member } = await staffMember("support");
      const t0 = new Date("2026-06-01T09:00:00Z");
      const idle = await createStaffSession(member.id, { full: true }, t0);
      expect(await resolveStaffSession(idle.id, { full: true }, new Date(t0.getTime() + 29 * MIN))).toBeDefined();
      expect(await resolveStaffSession(idle.id, { full: true }, new Date(t0.getTime() + 29 * MIN + 31 * MIN))).toBeUndefined();

      const busy = await createStaffSession(member.id, { full: true }, t0);
      for (let m = 20; m < 8 * 60; m += 20) {
        expect(await resolveStaffSession(busy.id, { full: true }, new Date(t0.getTime() + m * MIN))).toBeDefined();
      }
      expect(await resolveStaffSession(busy.id, { full: true }, new Date(t0.getTime() + 8 * 60 * MIN + 1))).toBeUndefined();
    });

    test("a half-way session (password only) opens nothing; a factor or password change ends every session", async () => {
      const { member } = await staffMember("admin");
      const half = await createStaffSession(member.id, { full: false });
      expect(await resolveStaffSession(half.id, { full: true })).toBeUndefined();
      const full = await createStaffSession(member.id, { full: true });
      expect(await resolveStaffSession(full.id, { full: true })).toBeDefined();
      await endStaffSessions(member.id);
      expect(await resolveStaffSession(full.id, { full: true })).toBeUndefined();
      const rows = await (await getDb()).select().from(staffSessions).where(eq(staffSessions.staffId, member.id));
      expect(rows.every((r) => r.idHash.length === 64 && r.idHash !== full.id)).toBe(true);
    });
  });

  test("a disabled staff member's sessions end and the right password no longer signs in", async () => {
    const { member } = await staffMember("admin");
    const session = await createStaffSession(member.id, { full: true });
    await disableStaff(member.id);
    expect(await resolveStaffSession(session.id, { full: true })).toBeUndefined();
    expect(await staffPasswordStep(member.email, PASSWORD, "192.0.2.150", noSleep)).toMatchObject({ ok: false });
  });

  describe("sign-in", () => {
    test("password then TOTP; a code is accepted once; a recovery code works once", async () => {
      const { member, secret, recovery } = await staffMember("support");
      const ip = `198.51.100.${n}`;
      const step1 = await staffPasswordStep(member.email, PASSWORD, ip, noSleep);
      expect(step1.ok).toBe(true);
      const code = generateSync({ secret });
      expect((await staffSecondFactorStep(member, code, ip, noSleep)).ok).toBe(true);
      const again = await staffSecondFactorStep((await getStaffById(member.id))!, code, ip, noSleep);
      expect(again).toMatchObject({ ok: false });
      expect((await staffSecondFactorStep(member, recovery.toUpperCase(), ip, noSleep)).ok).toBe(true);
      expect((await staffSecondFactorStep(member, recovery, ip, noSleep)).ok).toBe(false);
      const actionsSeen = (await searchAudit(member.email)).map((l) => l.action);
      expect(actionsSeen).toEqual(expect.arrayContaining(["sign-in", "sign-in.factor-failed"]));
    });

    test("rate limits as strict as customers': the 6th password from one address is refused unread, apart from customers' counts", async () => {
      const { member } = await staffMember("admin");
      const ip = "192.0.2.200";
      for (let i = 0; i < 5; i++) expect((await staffPasswordStep(member.email, "wrong-password", ip, noSleep)).ok).toBe(false);
      expect(await staffPasswordStep(member.email, PASSWORD, ip, noSleep)).toEqual({
        ok: false,
        message: "Too many sign-in attempts. Please wait 15 minutes, then try again.",
      });
      expect((await searchAudit(member.email)).map((l) => l.action)).toContain("sign-in.blocked");
      // The same address is still allowed for another email.
      const other = await staffMember("support");
      expect((await staffPasswordStep(other.member.email, PASSWORD, ip, noSleep)).ok).toBe(true);
    });

    test("second-factor guesses are limited too", async () => {
      const { member, secret } = await staffMember("support");
      const ip = "192.0.2.201";
      for (let i = 0; i < 5; i++) expect((await staffSecondFactorStep(member, "000000", ip, noSleep)).ok).toBe(false);
      const blocked = await staffSecondFactorStep(member, generateSync({ secret }), ip, noSleep);
      expect(blocked).toMatchObject({ ok: false, message: expect.stringContaining("Too many") });
    });

    test("an invite is accepted once, with a proven TOTP secret and a policy-checked password", async () => {
      const email = `invited${++n}.${name}@broker.example`;
      const { token } = await createInvite({ email, role: "support" });
      // The invite page shows the same key on every load until the invite is used.
      const secret = (await inviteSetup(token))!.secret;
      expect((await inviteSetup(token))?.secret).toBe(secret);
      const base = { token, ip: "192.0.2.9", brokerName: "Acme Fitness" };
      const totp = (code: string) => ({ kind: "totp" as const, code });
      expect(await acceptInvite({ ...base, password: "password1234", factor: totp(generateSync({ secret })) })).toMatchObject({
        ok: false,
        field: "password",
      });
      expect(await acceptInvite({ ...base, password: PASSWORD, factor: totp("123456") })).toMatchObject({ ok: false, field: "code" });
      // A key of the invitee's own choosing is not the invite's.
      const other = newTotpSecret();
      expect(await acceptInvite({ ...base, password: PASSWORD, factor: totp(generateSync({ secret: other })) })).toMatchObject({
        ok: false,
        field: "code",
      });
      const accepted = await acceptInvite({ ...base, password: PASSWORD, factor: totp(generateSync({ secret })) });
      expect(accepted).toMatchObject({ ok: true, member: { email, role: "support" } });
      expect(accepted.ok && accepted.recoveryCodes).toHaveLength(10);
      expect(await acceptInvite({ ...base, password: PASSWORD, factor: totp(generateSync({ secret })) })).toMatchObject({ ok: false });
      expect(await inviteSetup(token)).toBeUndefined();
      // The TOTP secret is sealed at rest.
      const stored = await getStaffById(accepted.ok ? accepted.member.id : "");
      expect(stored?.totpSecretSealed).not.toContain(secret);
    });
  });

  test("the audit log is append-only: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    const db = t.database.db;
    await db.insert(staffAuditLog).values({ staffEmail: "someone@broker.example", action: "test.entry" });
    await expect(db.execute(sql`update staff_audit_log set action = 'rewritten'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from staff_audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate staff_audit_log`)).rejects.toThrow();
    const rows = await db.select().from(staffAuditLog).where(eq(staffAuditLog.action, "test.entry"));
    expect(rows).toHaveLength(1);
    expect((await db.select().from(staffAuditLog).where(eq(staffAuditLog.action, "rewritten"))).length).toBe(0);
  });
});
