import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { newSignUpBrowser, type SignUpBrowser } from "@/lib/accounts/sign-up-browser";
import { signUp } from "@/lib/accounts/sign-up";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { getUserByEmail, getUserById } from "@/lib/accounts/store";
import { hashToken, isTokenUsable } from "@/lib/accounts/tokens";
import {
  resendVerificationLink,
  sendVerificationLink,
  signUpBrowserMayConfirm,
  verifyEmail,
  verifyEmailInSigningUpBrowser,
} from "@/lib/accounts/verify-email";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { backends, withTestDatabase } from "../support/database";
import { mailingTo, withSandboxAsImin } from "../support/sandbox";

// Issue 23, item 6: the link opened in the browser that signed up confirms and signs in without the
// password; any other browser is asked for it. The real sandbox (imin and its SMTP catcher) and a real database.
const sb = withSandboxAsImin({ smtpPort: 0, quiet: true }, mailingTo("http://localhost:3999"));
let counter = 0;

const nonce = () => randomBytes(16).toString("base64url");
const email = () => `browser-${Date.now().toString(36)}-${++counter}@example.com`;
const OWNER = "correct horse battery staple";
const STRANGER = "a passphrase only the stranger knows";
const HOUR = 3_600_000;

async function newestUrl(address: string) {
  const { body } = await sb.apiJson<{ items: { text: string }[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  const url = body.items[0]?.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === "/verify-email");
  expect(url, "a /verify-email link").toBeTruthy();
  return new URL(url!);
}

async function newestLink(address: string) {
  const { body } = await sb.apiJson<{ items: { text: string }[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  const url = body.items[0]?.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === "/verify-email");
  expect(url, "a /verify-email link").toBeTruthy();
  return new URL(url!).searchParams.get("token")!;
}

const customersWith = (address: string) => [...sb.ctx.store.customers.values()].filter((c) => c.email === address);

/** A sign-up from its own browser (a new cookie, as the sign-up action sets one on every answer). */
async function signUpIn(address: string, password: string, givenName: string, now = new Date()): Promise<SignUpBrowser> {
  const browser = newSignUpBrowser(now);
  const outcome = await signUp(
    {
      details: { email: address, givenName, familyName: "Lee", is13OrOver: true },
      password,
      nonce: nonce(),
      ip: `198.51.100.${(counter % 200) + 1}`,
      browser: { hash: browser.hash, expiresAt: browser.expiresAt },
    },
    now,
  );
  if ("mail" in outcome) await sendSignUpMail(outcome);
  return browser;
}

describe.each(backends)("the signing-up browser on $name", ({ name }) => {
  withTestDatabase(name);

  test("'Send the link again' keeps the session page the sign-up was coming back to, and only a safe one", async () => {
    const address = email();
    await signUpIn(address, OWNER, "Rhys");
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await resendVerificationLink(address, later, undefined, "/book/session-42?from=share")).toBe(true);
    const kept = await newestUrl(address);
    expect(kept.searchParams.get("next")).toBe("/book/session-42?from=share");
    expect(await resendVerificationLink(address, new Date(later.getTime() + 2 * 60_000), undefined, "//evil.example/phish")).toBe(true);
    const dropped = await newestUrl(address);
    expect(dropped.searchParams.get("token")).not.toBe(kept.searchParams.get("token"));
    expect(dropped.searchParams.has("next")).toBe(false);
  });

  test("the link in the browser that signed up confirms and creates the account without the password, once", async () => {
    const address = email();
    const browser = await signUpIn(address, OWNER, "Sam");
    const pending = (await getUserByEmail(address))!;
    // Only a digest of the cookie is kept.
    expect(pending.signUpBrowserHash).toBe(hashToken(browser.secret));
    expect(pending.signUpBrowserHash).not.toContain(browser.secret);
    const token = await newestLink(address);

    expect(await signUpBrowserMayConfirm(token, browser.secret)).toBe(true);
    const result = await verifyEmailInSigningUpBrowser({ token, browserSecret: browser.secret });
    expect(result).toMatchObject({ status: "verified", account: { status: "active" }, user: { id: pending.id } });
    const confirmed = (await getUserById(pending.id))!;
    expect(confirmed.emailVerifiedAt).not.toBeNull();
    expect(confirmed.signUpBrowserHash).toBeNull();
    expect(customersWith(address).map((c) => c.givenName)).toEqual(["Sam"]);

    // The same link with the same cookie a second time: nothing (link and binding are spent).
    expect(await signUpBrowserMayConfirm(token, browser.secret)).toBe(false);
    expect(await verifyEmailInSigningUpBrowser({ token, browserSecret: browser.secret })).toEqual({ status: "invalid" });
    // Nor does the binding confirm with a newer link.
    await sendVerificationLink(confirmed);
    const newer = await newestLink(address);
    expect(await verifyEmailInSigningUpBrowser({ token: newer, browserSecret: browser.secret })).toEqual({ status: "not-this-browser" });
    expect(customersWith(address)).toHaveLength(1);
  });

  test("another browser (no cookie, or another one) is asked for the password: nothing spent until it is given", async () => {
    const address = email();
    await signUpIn(address, OWNER, "Sam");
    const token = await newestLink(address);
    const user = (await getUserByEmail(address))!;
    const otherBrowser = newSignUpBrowser().secret;

    expect(await signUpBrowserMayConfirm(token, undefined)).toBe(false);
    expect(await signUpBrowserMayConfirm(token, otherBrowser)).toBe(false);
    expect(await verifyEmailInSigningUpBrowser({ token, browserSecret: undefined })).toEqual({ status: "not-this-browser" });
    expect(await verifyEmailInSigningUpBrowser({ token, browserSecret: otherBrowser })).toEqual({ status: "not-this-browser" });
    expect((await getUserById(user.id))!.emailVerifiedAt).toBeNull();
    expect(await isTokenUsable(token, "verify_email")).toBe(true);
    expect(customersWith(address)).toEqual([]);

    expect(await verifyEmail({ token, password: OWNER, ip: "192.0.2.70" })).toEqual({ status: "verified", account: { status: "active" } });
    expect((await getUserById(user.id))!.signUpBrowserHash).toBeNull();
  });

  test("a later sign-up for the address (a stranger's) gets no binding: its browser confirms nothing, the first one's still does", async () => {
    const address = email();
    const owner = await signUpIn(address, OWNER, "Sam");
    const stranger = await signUpIn(address, STRANGER, "Mallory");
    expect((await getUserByEmail(address))!.signUpBrowserHash).toBe(hashToken(owner.secret));
    const token = await newestLink(address);

    // Even holding the link, the later sign-up's cookie confirms nothing.
    expect(await signUpBrowserMayConfirm(token, stranger.secret)).toBe(false);
    expect(await verifyEmailInSigningUpBrowser({ token, browserSecret: stranger.secret })).toEqual({ status: "not-this-browser" });
    expect((await getUserByEmail(address))!.emailVerifiedAt).toBeNull();
    expect(customersWith(address)).toEqual([]);

    expect((await verifyEmailInSigningUpBrowser({ token, browserSecret: owner.secret })).status).toBe("verified");
    expect(customersWith(address).map((c) => c.givenName)).toEqual(["Sam"]);
  });

  test("pre-hijacking: a stranger signs up first; the owner's later sign-up in their own browser must not confirm the stranger's login", async () => {
    const address = email();
    await signUpIn(address, STRANGER, "Mallory");
    // The owner, not knowing, signs up too (within the first sign-up's 24 hours) and opens the link in that browser.
    const owner = await signUpIn(address, OWNER, "Sam");
    const token = await newestLink(address);
    expect(await signUpBrowserMayConfirm(token, owner.secret)).toBe(false);
    expect(await verifyEmailInSigningUpBrowser({ token, browserSecret: owner.secret })).toEqual({ status: "not-this-browser" });
    expect((await getUserByEmail(address))!.emailVerifiedAt).toBeNull();
    expect(customersWith(address)).toEqual([]);
    // As before, the link asks for the first sign-up's password, which the owner does not know.
    expect(await verifyEmail({ token, password: OWNER, ip: "192.0.2.71" })).toEqual({ status: "refused", reason: "invalid" });
  });

  test("a confirmed address: a sign-up for it stores no binding", async () => {
    const address = email();
    const owner = await signUpIn(address, OWNER, "Sam");
    await verifyEmailInSigningUpBrowser({ token: await newestLink(address), browserSecret: owner.secret });
    await signUpIn(address, STRANGER, "Mallory");
    expect((await getUserByEmail(address))!.signUpBrowserHash).toBeNull();
  });

  test("the binding lasts the first link's 24 hours at most, even when a newer link still works; a replacing sign-up binds its own browser", async () => {
    const address = email();
    const start = new Date(Date.now() - 25 * HOUR);
    const first = await signUpIn(address, STRANGER, "Mallory", start);
    const user = (await getUserByEmail(address))!;
    // A link sent again after 23 hours works until hour 47.
    await sendVerificationLink(user, new Date(start.getTime() + 23 * HOUR));
    const resent = await newestLink(address);
    expect(await isTokenUsable(resent, "verify_email")).toBe(true);
    expect(await verifyEmailInSigningUpBrowser({ token: resent, browserSecret: first.secret })).toEqual({ status: "not-this-browser" });
    expect((await getUserById(user.id))!.emailVerifiedAt).toBeNull();

    // Past its 24 hours the first sign-up gives way (the first-password rule): the new one binds its own browser.
    await (await getDb()).update(users).set({ updatedAt: start }).where(eq(users.id, user.id));
    const later = await signUpIn(address, OWNER, "Sam");
    expect((await getUserById(user.id))!.signUpBrowserHash).toBe(hashToken(later.secret));
  });
});
