import { and, eq } from "drizzle-orm";
import { generateSync } from "otplib";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { staffAuditLog, staffPasskeys, staffWebauthnChallenges, users } from "@/lib/db/schema";
import { inviteOwner, sessionOwner } from "@/lib/staff/challenges";
import type { StaffUser } from "@/lib/staff/current";
import { addPasskey, listPasskeys } from "@/lib/staff/passkey-store";
import { passkeyAuthenticationOptions, passkeyRegistrationOptions, verifyPasskeyRegistration } from "@/lib/staff/passkeys";
import {
  addOwnPasskey,
  changeOwnPassword,
  confirmTotpEnrolment,
  ownPasskeyOptions,
  removeOwnPasskey,
  renewOwnRecoveryCodes,
  totpEnrolment,
} from "@/lib/staff/self-service";
import { createStaffSession, resolveStaffSession } from "@/lib/staff/sessions";
import { acceptInvite, invitePasskeyOptions, staffPasskeyStep, staffPasswordStep, staffSecondFactorStep } from "@/lib/staff/sign-in";
import { createInvite, createStaff, getStaffById, peekInvite } from "@/lib/staff/store";
import { newTotpSecret } from "@/lib/staff/totp";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";
import { SoftPasskey } from "../support/staff-webauthn";

/**
 * The staff console's passkeys (issue 24) against a real database and @simplewebauthn/server, with
 * a software authenticator that signs like a real one: registration from an invite and from the
 * account page, sign-in with password + passkey, challenges single-use and short-lived, origin and
 * RP ID from PORTAL_URL, and the self-service changes that end a staff member's other sessions.
 */

const jar = new Map<string, string>();
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
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
const accountActions = await import("@/app/staff/account/actions");
const data = await import("@/app/staff/data");

const ORIGIN = "https://portal.example.test";
const RP = { id: "portal.example.test" };
const PASSWORD = "staff-lantern-orbit-91";
const NEW_PASSWORD = "copper-meadow-violin-38";
const IP = "192.0.2.44";
const MIN = 60_000;
const noSleep = { sleep: async () => {} };
let n = 0;

withTestEnv({
  PORTAL_URL: ORIGIN,
  AUTH_SECURE_COOKIES: "false",
  SIGN_IN_MAX_FAILURES_PER_EMAIL: "5",
  SIGN_IN_MAX_FAILURES_PER_IP: "100",
  SIGN_IN_WINDOW_MINUTES: "15",
});

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

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe.each(backends)("staff passkeys on $name", ({ name }) => {
  withTestDatabase(name);
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(() => {
    jar.clear();
    requestHeaders.delete("next-action");
  });

  const audit = async (staffId: string) =>
    (await (await getDb()).select().from(staffAuditLog).where(eq(staffAuditLog.staffId, staffId))).map((r) => ({
      action: r.action,
      detail: r.detail,
    }));

  /** A staff member with TOTP (and optionally a passkey already registered through the real ceremony). */
  async function member(opts: { passkey?: boolean; totp?: boolean } = {}) {
    const secret = newTotpSecret();
    const recovery = `pqrst-${String(++n).padStart(5, "0")}`;
    const row = (await createStaff({
      email: `pk${n}.${name}@broker.example`,
      role: "support",
      passwordHash,
      totpSecret: opts.totp === false ? undefined : secret,
      recoveryCodes: [recovery],
    }))!;
    const key = new SoftPasskey(ORIGIN);
    if (opts.passkey) {
      const owner = `test:${row.id}`;
      const options = await passkeyRegistrationOptions(owner, row, []);
      const created = await verifyPasskeyRegistration(owner, key.register(options));
      await addPasskey(row.id, created!);
    }
    return { row, secret, recovery, key };
  }

  async function fullSession(staffId: string, email: string): Promise<StaffUser> {
    const { id } = await createStaffSession(staffId, { full: true, ip: IP });
    return { id: staffId, email, role: "support", sessionId: id, ip: IP };
  }

  async function halfSession(staffId: string) {
    const { id } = await createStaffSession(staffId, { full: false, ip: IP });
    return id;
  }

  describe("invite → passkey → sign-in with password + passkey", () => {
    test("a weak password is refused before the ceremony; then the passkey becomes the second factor", async () => {
      const email = `invited-pk${++n}.${name}@broker.example`;
      const { token } = await createInvite({ email, role: "support" });
      const invite = (await peekInvite(token))!;
      expect(await invitePasskeyOptions({ token, password: "password1234", brokerName: "Acme" })).toMatchObject({
        ok: false,
        field: "password",
      });

      const started = await invitePasskeyOptions({ token, password: PASSWORD, brokerName: "Acme" });
      if (!started.ok) throw new Error(started.message);
      // The relying party is PORTAL_URL's host; the user handle is the future staff id (the invite's).
      expect(started.options.rp.id).toBe(RP.id);
      expect(started.options.user.id).toBe(invite.id);
      expect(started.options.authenticatorSelection?.userVerification).toBe("required");
      const key = new SoftPasskey(ORIGIN);
      const accepted = await acceptInvite({
        token,
        password: PASSWORD,
        factor: { kind: "passkey", response: key.register(started.options) },
        ip: IP,
        brokerName: "Acme",
      });
      if (!accepted.ok) throw new Error(accepted.message);
      expect(accepted.member.id).toBe(invite.id);
      expect(accepted.member.totpSecretSealed).toBeNull();
      expect(accepted.recoveryCodes).toHaveLength(10);
      expect((await listPasskeys(accepted.member.id)).map((p) => p.credentialId)).toEqual([key.id]);
      expect(await audit(accepted.member.id)).toEqual(
        expect.arrayContaining([
          { action: "staff.invite-accepted", detail: { role: "support", factor: "passkey" } },
          { action: "sign-in", detail: { method: "passkey", first: true } },
        ]),
      );

      // Sign-in: password, then the passkey for the half-way session's own challenge.
      const step1 = await staffPasswordStep(email, PASSWORD, IP, noSleep);
      if (!step1.ok) throw new Error(step1.message);
      const owner = sessionOwner(step1.sessionId);
      const options = await passkeyAuthenticationOptions(owner, await listPasskeys(accepted.member.id));
      expect(options.rpId).toBe(RP.id);
      expect(options.allowCredentials?.map((c) => c.id)).toEqual([key.id]);
      const signed = key.authenticate(options);
      const step2 = await staffPasskeyStep(accepted.member, owner, signed, IP, noSleep);
      expect(step2.ok).toBe(true);
      if (step2.ok) expect((await resolveStaffSession(step2.sessionId, { full: true }))?.staff.id).toBe(accepted.member.id);
      const [stored] = await listPasskeys(accepted.member.id);
      expect(stored).toMatchObject({ counter: 1, lastUsedAt: expect.any(Date) });

      // The challenge was single-use: the same signature again is refused.
      expect(await staffPasskeyStep(accepted.member, owner, signed, IP, noSleep)).toMatchObject({ ok: false });
      expect((await audit(accepted.member.id)).filter((a) => a.action === "sign-in.factor-failed")).toEqual([
        { action: "sign-in.factor-failed", detail: { method: "passkey" } },
      ]);
    });

    test("the invite's challenge is its own: a registration made for another invite or with no challenge is refused", async () => {
      const a = await createInvite({ email: `a${++n}.${name}@broker.example`, role: "support" });
      const aId = (await peekInvite(a.token))!.id;
      const b = await createInvite({ email: `b${n}.${name}@broker.example`, role: "support" });
      const started = await invitePasskeyOptions({ token: a.token, password: PASSWORD, brokerName: "Acme" });
      if (!started.ok) throw new Error(started.message);
      const response = new SoftPasskey(ORIGIN).register(started.options);
      const onB = await acceptInvite({
        token: b.token,
        password: PASSWORD,
        factor: { kind: "passkey", response },
        ip: IP,
        brokerName: "Acme",
      });
      expect(onB).toMatchObject({ ok: false, message: expect.stringContaining("passkey could not be set up") });
      expect(await peekInvite(b.token)).toBeDefined();
      // A's challenge is still there and still works.
      const onA = await acceptInvite({
        token: a.token,
        password: PASSWORD,
        factor: { kind: "passkey", response },
        ip: IP,
        brokerName: "Acme",
      });
      expect(onA.ok).toBe(true);
      // Spent: no challenge is left behind for the invite.
      const left = await (await getDb())
        .select()
        .from(staffWebauthnChallenges)
        .where(eq(staffWebauthnChallenges.owner, inviteOwner(aId)));
      expect(left).toHaveLength(0);
    });
  });

  describe("what a passkey answer must be", () => {
    test("from PORTAL_URL's origin and RP ID, with user verification, by this staff member's own passkey", async () => {
      const { row, key } = await member({ passkey: true });
      const other = await member({ passkey: true });
      const session = await halfSession(row.id);
      const owner = sessionOwner(session);
      const ask = async () => passkeyAuthenticationOptions(owner, await listPasskeys(row.id));
      // Each from its own address, so the rate limit (tested below) stays out of the way.
      let i = 0;
      const attempt = async (response: unknown) => (await staffPasskeyStep(row, owner, response, `198.51.100.${++i}`, noSleep)).ok;

      expect(await attempt(key.authenticate(await ask(), { origin: "https://evil.example" }))).toBe(false);
      expect(await attempt(key.authenticate(await ask(), { origin: "http://portal.example.test" }))).toBe(false);
      expect(await attempt(key.authenticate(await ask(), { rpId: "evil.example" }))).toBe(false);
      // Another staff member's passkey, over this session's challenge.
      expect(await attempt(other.key.authenticate(await ask()))).toBe(false);
      // Without user verification.
      key.userVerified = false;
      expect(await attempt(key.authenticate(await ask()))).toBe(false);
      key.userVerified = true;
      // A malformed answer, and no challenge at all.
      expect(await attempt({ id: "x", type: "public-key" })).toBe(false);
      expect(await attempt(key.authenticate({ challenge: "bm90LWlzc3VlZA", rpId: RP.id }))).toBe(false);
      // A signature counter that goes back (a cloned authenticator) is refused.
      expect(await attempt(key.authenticate(await ask(), { counter: 10 }))).toBe(true);
      expect(await attempt(key.authenticate(await ask(), { counter: 4 }))).toBe(false);
    });

    test("a challenge is short-lived: five minutes", async () => {
      const { row, key } = await member({ passkey: true });
      const t0 = new Date();
      const owner = sessionOwner(await halfSession(row.id));
      const options = await passkeyAuthenticationOptions(owner, await listPasskeys(row.id), t0);
      const late = await staffPasskeyStep(row, owner, key.authenticate(options), IP, {
        ...noSleep,
        now: new Date(t0.getTime() + 5 * MIN + 1000),
      });
      expect(late.ok).toBe(false);
    });

    test("passkey guesses share the second factor's rate limit", async () => {
      const { row, key } = await member({ passkey: true });
      const owner = sessionOwner(await halfSession(row.id));
      const ip = "192.0.2.245";
      for (let i = 0; i < 5; i++) expect((await staffSecondFactorStep(row, "000000", ip, noSleep)).ok).toBe(false);
      const options = await passkeyAuthenticationOptions(owner, await listPasskeys(row.id));
      expect(await staffPasskeyStep(row, owner, key.authenticate(options), ip, noSleep)).toMatchObject({
        ok: false,
        message: expect.stringContaining("Too many"),
      });
    });
  });

  describe("the sign-in actions", () => {
    test("the passkey button works only for a half-way session, and ends in a full one", async () => {
      const { row, key } = await member({ passkey: true });
      expect(await redirectOf(actions.staffPasskeyOptionsAction())).toBe("/staff/sign-in?expired=1");
      const half = await halfSession(row.id);
      jar.set("staff-session", half);
      const started = await actions.staffPasskeyOptionsAction();
      if (!("options" in started)) throw new Error(started.error);
      expect(await redirectOf(actions.staffPasskeySignInAction(key.authenticate(started.options)))).toBe("/staff");
      const full = jar.get("staff-session")!;
      expect(full).not.toBe(half);
      expect((await resolveStaffSession(full, { full: true }))?.staff.id).toBe(row.id);
      expect(await resolveStaffSession(half, { full: false })).toBeUndefined();
    });

    test("a staff member without a passkey is told to use a code", async () => {
      const { row } = await member();
      jar.set("staff-session", await halfSession(row.id));
      expect(await actions.staffPasskeyOptionsAction()).toEqual({ error: "You have no passkey yet. Enter a code instead." });
    });
  });

  describe("self-service: each change ends the other sessions, keeps this browser signed in, and is audited", () => {
    async function twoBrowsers(opts: { passkey?: boolean; totp?: boolean } = {}) {
      const m = await member(opts);
      const here = await fullSession(m.row.id, m.row.email);
      const elsewhere = await fullSession(m.row.id, m.row.email);
      return { ...m, here, elsewhere };
    }
    const alive = async (id: string) => Boolean(await resolveStaffSession(id, { full: true }));

    test("adding a passkey from the account page", async () => {
      const { row, here, elsewhere } = await twoBrowsers();
      const key = new SoftPasskey(ORIGIN);
      const options = await ownPasskeyOptions(here);
      const result = await addOwnPasskey(here, key.register(options));
      if (!result.ok) throw new Error(result.message);
      expect(await alive(elsewhere.sessionId)).toBe(false);
      expect(await alive(here.sessionId)).toBe(false);
      expect(await alive(result.sessionId)).toBe(true);
      expect((await listPasskeys(row.id)).map((p) => p.credentialId)).toEqual([key.id]);
      expect((await audit(row.id)).map((a) => a.action)).toContain("account.passkey-added");
      // The same authenticator cannot be added twice (it is excluded, and refused if it tries).
      const renewed = { ...here, sessionId: result.sessionId };
      const again = await ownPasskeyOptions(renewed);
      expect(again.excludeCredentials?.map((c) => c.id)).toEqual([key.id]);
      expect((await addOwnPasskey(renewed, key.register(again))).ok).toBe(false);
    });

    test("removing a passkey; the last second factor cannot be removed", async () => {
      const { row, key, here, elsewhere } = await twoBrowsers({ passkey: true, totp: false });
      expect(await removeOwnPasskey(here, key.id)).toMatchObject({ ok: false, message: expect.stringContaining("only second factor") });
      expect(await alive(elsewhere.sessionId)).toBe(true);
      const second = new SoftPasskey(ORIGIN);
      const added = await addOwnPasskey(here, second.register(await ownPasskeyOptions(here)));
      if (!added.ok) throw new Error(added.message);
      const renewed = { ...here, sessionId: added.sessionId };
      const other = await fullSession(row.id, row.email);
      const removed = await removeOwnPasskey(renewed, key.id);
      if (!removed.ok) throw new Error(removed.message);
      expect(await alive(other.sessionId)).toBe(false);
      expect(await alive(removed.sessionId)).toBe(true);
      expect((await listPasskeys(row.id)).map((p) => p.credentialId)).toEqual([second.id]);
      expect((await audit(row.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(["account.passkey-added", "account.passkey-removed"]),
      );
      // Someone else's passkey is not one to remove.
      const stranger = await member({ passkey: true });
      expect(await removeOwnPasskey({ ...renewed, sessionId: removed.sessionId }, stranger.key.id)).toMatchObject({ ok: false });
      expect(await listPasskeys(stranger.row.id)).toHaveLength(1);
    });

    test("changing the password needs the current one, follows the policy and the sign-in's rate limit", async () => {
      const { row, here, elsewhere } = await twoBrowsers();
      const input = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, brokerName: "Acme" };
      expect(await changeOwnPassword(here, { ...input, newPassword: "password1234" }, noSleep)).toMatchObject({
        ok: false,
        field: "newPassword",
      });
      expect(await changeOwnPassword(here, { ...input, newPassword: PASSWORD }, noSleep)).toMatchObject({
        ok: false,
        field: "newPassword",
      });
      expect(await changeOwnPassword(here, { ...input, currentPassword: "wrong" }, noSleep)).toMatchObject({
        ok: false,
        field: "currentPassword",
      });
      expect(await alive(elsewhere.sessionId)).toBe(true);
      const changed = await changeOwnPassword(here, input, noSleep);
      if (!changed.ok) throw new Error(changed.message);
      expect(await alive(elsewhere.sessionId)).toBe(false);
      expect(await alive(changed.sessionId)).toBe(true);
      expect((await staffPasswordStep(row.email, PASSWORD, IP, noSleep)).ok).toBe(false);
      expect((await staffPasswordStep(row.email, NEW_PASSWORD, IP, noSleep)).ok).toBe(true);
      expect((await audit(row.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(["account.password-failed", "account.password-changed"]),
      );

      // Guessing the current password here is limited like signing in.
      const other = await twoBrowsers();
      const ip = "192.0.2.246";
      const guesser = { ...other.here, ip };
      for (let i = 0; i < 5; i++)
        expect((await changeOwnPassword(guesser, { ...input, currentPassword: `guess ${i}` }, noSleep)).ok).toBe(false);
      expect(await changeOwnPassword(guesser, input, noSleep)).toMatchObject({ ok: false, message: expect.stringContaining("Too many") });
      expect((await getStaffById(other.row.id))?.passwordHash).toBe(passwordHash);
    });

    test("a new authenticator app: the same key until proven, then the old app's codes stop working", async () => {
      const { row, secret, here, elsewhere } = await twoBrowsers();
      const pending = (await totpEnrolment(here))!;
      expect(await totpEnrolment(here)).toBe(pending);
      expect(pending).not.toBe(secret);
      expect(await confirmTotpEnrolment(here, generateSync({ secret }))).toMatchObject({ ok: false, field: "code" });
      const done = await confirmTotpEnrolment(here, generateSync({ secret: pending }));
      if (!done.ok) throw new Error(done.message);
      expect(await alive(elsewhere.sessionId)).toBe(false);
      expect(await alive(done.sessionId)).toBe(true);
      const fresh = (await getStaffById(row.id))!;
      expect(fresh.totpPendingSealed).toBeNull();
      // The code that proved the new app cannot be replayed at sign-in; the old app's codes do not work.
      expect((await staffSecondFactorStep(fresh, generateSync({ secret: pending }), IP, noSleep)).ok).toBe(false);
      expect((await staffSecondFactorStep(fresh, generateSync({ secret }), IP, noSleep)).ok).toBe(false);
      expect((await audit(row.id)).map((a) => a.action)).toContain("account.totp-enrolled");
    });

    test("new recovery codes replace the old ones", async () => {
      const { row, recovery, here, elsewhere } = await twoBrowsers();
      const result = await renewOwnRecoveryCodes(here);
      if (!result.ok) throw new Error(result.message);
      expect(result.recoveryCodes).toHaveLength(10);
      expect(await alive(elsewhere.sessionId)).toBe(false);
      const fresh = (await getStaffById(row.id))!;
      expect((await staffSecondFactorStep(fresh, recovery, IP, noSleep)).ok).toBe(false);
      expect((await staffSecondFactorStep(fresh, result.recoveryCodes![0]!, IP, noSleep)).ok).toBe(true);
      expect((await audit(row.id)).map((a) => a.action)).toContain("account.recovery-codes-renewed");
    });

    test("a renewed session keeps its sign-in's 8-hour end", async () => {
      const { row } = await member();
      const t0 = new Date(Date.now() - 2 * 3_600_000);
      const { id, expiresAt } = await createStaffSession(row.id, { full: true, ip: IP }, t0);
      const result = await renewOwnRecoveryCodes({ id: row.id, email: row.email, role: "support", sessionId: id, ip: IP });
      if (!result.ok) throw new Error(result.message);
      expect(result.expiresAt.getTime()).toBe(expiresAt.getTime());
    });
  });

  describe("the account actions", () => {
    test("need a full staff session; a change sets this browser's new session cookie", async () => {
      const { row } = await member({ passkey: true });
      for (const run of [
        accountActions.changeOwnPasswordAction({ status: "idle" }, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })),
        accountActions.newRecoveryCodesAction({ status: "idle" }, form({ confirm: "yes" })),
        accountActions.confirmAuthenticatorAction({ status: "idle" }, form({ code: "123456" })),
        accountActions.removePasskeyAction({ status: "idle" }, form({ confirm: "yes", credentialId: "A".repeat(43) })),
        accountActions.ownPasskeyOptionsAction(),
        accountActions.addOwnPasskeyAction({}),
      ])
        expect(await redirectOf(run)).toBe("/staff/sign-in");
      // A half-way session is not enough either.
      jar.set("staff-session", await halfSession(row.id));
      expect(await redirectOf(accountActions.newRecoveryCodesAction({ status: "idle" }, form({ confirm: "yes" })))).toBe("/staff/sign-in");
      expect((await getStaffById(row.id))?.passwordHash).toBe(passwordHash);

      const here = await fullSession(row.id, row.email);
      jar.set("staff-session", here.sessionId);
      expect(await accountActions.newRecoveryCodesAction({ status: "idle" }, form({}))).toMatchObject({ status: "error" });
      const result = await accountActions.newRecoveryCodesAction({ status: "idle" }, form({ confirm: "yes" }));
      expect(result).toMatchObject({ status: "success", data: expect.any(Array) });
      expect(jar.get("staff-session")).not.toBe(here.sessionId);
      expect(await resolveStaffSession(jar.get("staff-session"), { full: true })).toBeDefined();
    });
  });

  test("a customer's page view is audited once: not again for the re-render a console action answers with", async () => {
    const m = await member();
    const here = await fullSession(m.row.id, m.row.email);
    jar.set("staff-session", here.sessionId);
    const [customer] = await (await getDb())
      .insert(users)
      .values({ email: `viewed${++n}.${name}@example.com`, passwordHash, givenName: "Vee", status: "pending_imin" })
      .returning();
    const views = async () =>
      (
        await (
          await getDb()
        )
          .select()
          .from(staffAuditLog)
          .where(and(eq(staffAuditLog.customerId, customer!.id), eq(staffAuditLog.action, "customer.view")))
      ).length;
    await data.customerView(customer!.id, false);
    expect(await views()).toBe(1);
    requestHeaders.set("next-action", "a1b2c3");
    await data.customerView(customer!.id, false);
    expect(await views()).toBe(1);
    requestHeaders.delete("next-action");
    await data.customerView(customer!.id, false);
    expect(await views()).toBe(2);
  });

  test("passkeys are deleted with their staff member's row, and kept per credential id", async () => {
    const { row } = await member({ passkey: true });
    const rows = await (await getDb()).select().from(staffPasskeys).where(eq(staffPasskeys.staffId, row.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.publicKey).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
