import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { ensureCustomerAccount, isAmbiguousCreateFailure } from "@/lib/accounts/create-customer";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { hashToken, isTokenUsable } from "@/lib/accounts/tokens";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { signUp } from "@/lib/accounts/sign-up";
import { getDb } from "@/lib/db/client";
import { allowAmbiguousRetry, attachAmbiguousOperation, countAmbiguousOperations, getCreateOperation } from "@/lib/accounts/create-store";
import { getUserByEmail, getUserById, markEmailVerified } from "@/lib/accounts/store";
import { accountTokens } from "@/lib/db/schema";
import { getEnv, resetEnvCache } from "@/lib/env";
import { IminError } from "@/lib/imin/errors";
import { backends, withTestDatabase } from "../support/database";
import { startSandboxAsImin, type TestSandbox } from "../support/sandbox";

// The real sandbox (imin and its SMTP catcher) and a real database: sign-up, the mailed link,
// verification and the Customer Account at imin, with faults injected through /admin/faults.
let sb: TestSandbox;
let logged: string[] = [];
let counter = 0;

beforeAll(async () => {
  sb = await startSandboxAsImin({ smtpPort: 0, quiet: true }, (sb) => ({
    IMIN_TIMEOUT_MS: "1500",
    PORTAL_URL: "http://localhost:3999",
    SMTP_URL: `smtp://localhost:${sb.smtpPort}`,
    MAIL_FROM: "no-reply@acme.example",
  }));
});
afterAll(async () => {
  await sb?.close();
});

const customers = () => sb.ctx.store.customers.size;
const nonce = () => randomBytes(16).toString("base64url");
const email = () => `sign-up-${Date.now().toString(36)}-${++counter}@example.com`;
const details = (address: string) => ({ email: address, givenName: "Sam", familyName: "Lee", is13OrOver: true });
const PASSWORD = "correct horse battery staple";

async function mailTo(address: string) {
  const { body } = await sb.apiJson<{ items: { subject: string; text: string }[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  return body.items;
}
function tokenFrom(text: string, path: string) {
  const url = text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === path);
  expect(url, `a ${path} link`).toBeTruthy();
  return new URL(url!).searchParams.get("token")!;
}

/** Opens the link with the password chosen at sign-up, from a documentation address of its own. */
const confirm = (token: string, password = PASSWORD, ip = "192.0.2.1") => verifyEmail({ token, password, ip });

async function customersWithEmail(address: string) {
  const { body } = await sb.apiJson<{ items: { identifier: string }[] }>(`/admin/customers?email=${encodeURIComponent(address)}`);
  return body.items;
}

/** Each sign-up from a documentation address of its own (the per-address sign-up limit is not under test here). */
async function signUpAndMail(address: string, n = nonce(), password = PASSWORD) {
  const followUp = await signUp({ details: details(address), password, nonce: n, ip: `198.51.100.${(counter % 250) + 1}` });
  if ("refused" in followUp) throw new Error("sign-up refused by the per-address limit");
  await sendSignUpMail(followUp);
  return followUp;
}

describe.each(backends)("sign-up and verification on $name", ({ name }) => {
  withTestDatabase(name);
  beforeEach(async () => {
    await sb.api("/admin/faults", { method: "DELETE" });
    logged = [];
    for (const level of ["info", "warn", "error"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // Operator lines name operations and logins, never the person.
    expect(logged.join("\n")).not.toMatch(/@example\.com|Sam|Lee/);
  });

  test("sign-up reaches nobody at imin; the mailed link (stored only hashed) creates the customer, once", async () => {
    const address = email();
    const before = customers();
    await signUpAndMail(address);
    const user = (await getUserByEmail(address))!;
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.status).toBe("pending_imin");
    expect(customers()).toBe(before);

    const [mail] = await mailTo(address);
    const token = tokenFrom(mail!.text, "/verify-email");
    const rows = await (await getDb()).select().from(accountTokens);
    expect(rows.some((r) => r.tokenHash === token || r.tokenHash.includes(token))).toBe(false);
    expect(rows.some((r) => r.tokenHash === hashToken(token))).toBe(true);

    // Before the address is confirmed, nothing may create the account.
    expect(await ensureCustomerAccount(user)).toEqual({ status: "unverified" });
    expect(customers()).toBe(before);

    const result = await confirm(token);
    expect(result).toEqual({ status: "verified", account: { status: "active" } });
    expect(customers()).toBe(before + 1);
    const active = (await getUserById(user.id))!;
    expect(active.emailVerifiedAt).not.toBeNull();
    expect(sb.ctx.store.customers.get(active.iminCustomerId!)).toBeDefined();

    expect(await confirm(token)).toEqual({ status: "invalid" });
    expect(customers()).toBe(before + 1);
  });

  test("pre-hijacking: the link alone confirms nothing; a wrong password leaves the login pending, counts as a failed sign-in and keeps the link", async () => {
    // A stranger signs up with the victim's address and a password of their own; the link goes to the victim.
    const address = email();
    const attackers = "the stranger's own passphrase";
    await signUpAndMail(address, nonce(), attackers);
    const token = tokenFrom((await mailTo(address))[0]!.text, "/verify-email");
    const user = (await getUserByEmail(address))!;

    // The victim, not knowing that password, cannot confirm the stranger's login.
    expect(await confirm(token, "whatever the victim types", "192.0.2.20")).toEqual({ status: "refused", reason: "invalid" });
    expect(await confirm(token, "", "192.0.2.20")).toEqual({ status: "refused", reason: "invalid" });
    expect((await getUserById(user.id))!.emailVerifiedAt).toBeNull();
    expect(await customersWithEmail(address)).toEqual([]);
    expect(await isTokenUsable(token, "verify_email")).toBe(true);

    // The guesses count toward the sign-in limit for that address: past it, even the right password is refused.
    const limit = getEnv().SIGN_IN_MAX_FAILURES_PER_EMAIL;
    for (let i = 2; i < limit; i++) await confirm(token, `guess number ${i}`, "192.0.2.20");
    expect(await confirm(token, attackers, "192.0.2.20")).toEqual({ status: "refused", reason: "rate_limited" });
    expect((await getUserById(user.id))!.emailVerifiedAt).toBeNull();
    expect(await customersWithEmail(address)).toEqual([]);

    // A password replaced after it was checked confirms nothing.
    await markEmailVerified(user.id, "a hash the login no longer has", new Date());
    expect((await getUserById(user.id))!.emailVerifiedAt).toBeNull();

    // The link still works, until it expires, for the password chosen at sign-up.
    expect(await confirm(token, attackers, "192.0.2.21")).toEqual({ status: "verified", account: { status: "active" } });
    expect((await getUserById(user.id))!.emailVerifiedAt).not.toBeNull();
    expect(await customersWithEmail(address)).toHaveLength(1);
    expect(await confirm(token, attackers, "192.0.2.21")).toEqual({ status: "invalid" });
  });

  test("a double submit is one sign-up and one mail; a new submit for an unconfirmed address keeps the first password and mails no second link within a minute", async () => {
    const address = email();
    const n = nonce();
    const [a, b] = await Promise.all([signUpAndMail(address, n), signUpAndMail(address, n)]);
    expect([a.mail, b.mail].sort()).toEqual(["none", "verify"]);
    expect(await mailTo(address)).toHaveLength(1);
    const first = tokenFrom((await mailTo(address))[0]!.text, "/verify-email");

    // Rule changed (issue 22): a second sign-up (its owner again, or a stranger) no longer replaces the
    // first one's password, and a link goes out within the resend form's limit only.
    await signUpAndMail(address, nonce(), "another long passphrase here");
    expect(await mailTo(address)).toHaveLength(1);
    expect(await confirm(first, "another long passphrase here")).toEqual({ status: "refused", reason: "invalid" });
    expect((await confirm(first)).status).toBe("verified");
  });

  test("signing up with a confirmed address creates nothing and tells its owner", async () => {
    const address = email();
    await signUpAndMail(address);
    expect((await confirm(tokenFrom((await mailTo(address))[0]!.text, "/verify-email"))).status).toBe("verified");
    const owner = (await getUserByEmail(address))!;
    const before = customers();

    const followUp = await signUpAndMail(address, nonce(), "an attacker's password guess");
    expect(followUp.mail).toBe("already-registered");
    const after = (await getUserByEmail(address))!;
    expect(after.passwordHash).toBe(owner.passwordHash);
    expect(customers()).toBe(before);
    expect((await mailTo(address))[0]!.subject).toMatch(/tried to sign up/);
    // A second try within the hour tells the owner nothing new (the form is no way to flood an inbox).
    await signUpAndMail(address, nonce(), "yet another guess at it");
    expect((await mailTo(address)).filter((m) => /tried to sign up/.test(m.subject))).toHaveLength(1);
  });

  test("a create whose answer is lost is parked for an operator, never repeated by itself, and retried once at most", async () => {
    const address = email();
    await signUpAndMail(address);
    const token = tokenFrom((await mailTo(address))[0]!.text, "/verify-email");
    const before = customers();

    // imin creates the customer but the body comes back cut in half.
    await sb.api("/admin/faults", { method: "PUT", json: { route: "/api/v2/customer-accounts", malformedRate: 1 } });
    expect(await confirm(token)).toEqual({ status: "verified", account: { status: "ambiguous" } });
    expect(customers()).toBe(before + 1);
    const user = (await getUserByEmail(address))!;
    const op = (await getCreateOperation(user.id))!;
    expect(op.state).toBe("ambiguous");
    expect(await countAmbiguousOperations()).toBeGreaterThanOrEqual(1);
    expect(logged.some((l) => l.includes(`imin-create-ambiguous operation=${op.id}`))).toBe(true);

    // Later sign-ins (imin healthy again) do not create a second customer.
    await sb.api("/admin/faults", { method: "DELETE" });
    expect(await ensureCustomerAccount(user, { waitForOtherMs: 300 })).toEqual({ status: "ambiguous" });
    expect(customers()).toBe(before + 1);

    // The operator allows the one retry; a 500 after sending is ambiguous again, and then no retry is allowed.
    expect(await allowAmbiguousRetry(op.id)).toBe(true);
    await sb.api("/admin/faults", { method: "PUT", json: { route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 500 } });
    expect(await ensureCustomerAccount(user)).toEqual({ status: "ambiguous" });
    expect(await allowAmbiguousRetry(op.id)).toBe(false);
    expect((await getCreateOperation(user.id))!.ambiguousCount).toBe(2);

    // The operator finds the customer the first create made and attaches it.
    const orphan = [...sb.ctx.store.customers.values()].find((c) => c.email === address)!;
    expect(
      await attachAmbiguousOperation(op.id, {
        customerId: orphan.identifier,
        customerUrl: `${sb.url}/api/v2/customer-accounts/${orphan.identifier}`,
      }),
    ).toBe(true);
    expect((await getUserById(user.id))!.iminCustomerId).toBe(orphan.identifier);
    expect(await getCreateOperation(user.id)).toBeUndefined();
  });

  test("imin unreachable at confirmation (connection refused: never sent) is tried again at the next sign-in", async () => {
    const address = email();
    await signUpAndMail(address);
    const token = tokenFrom((await mailTo(address))[0]!.text, "/verify-email");
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const before = customers();
    process.env.IMIN_BOOKING_API_URL = `http://127.0.0.1:${closed}/api/v2`;
    resetEnvCache();
    try {
      const result = await confirm(token);
      expect(result.status === "verified" && result.account.status).toBe("failed");
    } finally {
      process.env.IMIN_BOOKING_API_URL = `${sb.url}/api/v2`;
      resetEnvCache();
    }
    const user = (await getUserByEmail(address))!;
    expect((await getCreateOperation(user.id))!.state).toBe("ready");
    expect(await ensureCustomerAccount(user)).toEqual({ status: "active" });
    expect(customers()).toBe(before + 1);
  });

  test("an operator-approved retry completes the account", async () => {
    const address = email();
    await signUpAndMail(address);
    const token = tokenFrom((await mailTo(address))[0]!.text, "/verify-email");
    await sb.api("/admin/faults", { method: "PUT", json: { route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 } });
    expect((await confirm(token)).status).toBe("verified");
    const user = (await getUserByEmail(address))!;
    await sb.api("/admin/faults", { method: "DELETE" });
    expect(await allowAmbiguousRetry((await getCreateOperation(user.id))!.id)).toBe(true);
    expect(await ensureCustomerAccount(user)).toEqual({ status: "active" });
    expect(await getCreateOperation(user.id)).toBeUndefined();
  });
});

describe("which failures are ambiguous", () => {
  const refused = Object.assign(new Error("fetch failed"), { code: "ECONNREFUSED" });
  test.each([
    ["a timeout", new IminError({ kind: "timeout" }), true],
    ["an unreadable body", new IminError({ kind: "invalid_response", status: 201 }), true],
    ["a 500", new IminError({ kind: "unavailable", status: 500 }), true],
    ["a 503", new IminError({ kind: "unavailable", status: 503 }), true],
    ["a connection reset", new IminError({ kind: "unavailable", cause: new Error("socket hang up") }), true],
    ["a refused connection (never sent)", new IminError({ kind: "unavailable", cause: refused }), false],
    ["a 400 refusal", new IminError({ kind: "refused", status: 400 }), false],
  ])("%s", (_label, error, ambiguous) => {
    expect(isAmbiguousCreateFailure(error)).toBe(ambiguous);
  });
});
