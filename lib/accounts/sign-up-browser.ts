import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import type { User } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { VERIFY_EMAIL_LINK_HOURS } from "@/lib/mail/lifetimes";
import { hashToken } from "./tokens";

/**
 * The browser that signed up: its mailed link confirms the address and signs in without the
 * password again. Every accepted sign-up answer sets a cookie holding 32 random bytes (httpOnly,
 * SameSite=Lax, `__Host-` when cookies are Secure, so a sibling host cannot plant one); only its
 * SHA-256 is stored, and only with the sign-up whose password the login holds (lib/accounts/sign-up.ts),
 * so a later sign-up for the address (a stranger's) never gets a binding. Works once, for the first
 * link's lifetime at most.
 */
const BINDING_HOURS = VERIFY_EMAIL_LINK_HOURS;
const VALUE = /^[A-Za-z0-9_-]{43}$/;

function cookieName() {
  return getEnv().AUTH_SECURE_COOKIES ? "__Host-sign-up-browser" : "sign-up-browser";
}

function cookieOptions(expires: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure: getEnv().AUTH_SECURE_COOKIES, path: "/", expires };
}

export type SignUpBrowser = { secret: string; hash: string; expiresAt: Date };

/** A new binding for one sign-up answer: the secret goes in the cookie, the hash with the sign-up. */
export function newSignUpBrowser(now = new Date()): SignUpBrowser {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashToken(secret), expiresAt: new Date(now.getTime() + BINDING_HOURS * 3_600_000) };
}

/** Server actions only (it sets a cookie). Set on every accepted sign-up, bound or not, so the answer is the same for any address. */
export async function setSignUpBrowserCookie(browser: SignUpBrowser) {
  (await cookies()).set(cookieName(), browser.secret, cookieOptions(browser.expiresAt));
}

export async function clearSignUpBrowserCookie() {
  (await cookies()).set(cookieName(), "", { ...cookieOptions(new Date(0)), maxAge: 0 });
}

/** This browser's sign-up secret, when it holds a well-formed one. */
export async function readSignUpBrowserCookie(): Promise<string | undefined> {
  const value = (await cookies()).get(cookieName())?.value;
  return value && VALUE.test(value) ? value : undefined;
}

/** Whether `secret` is the unexpired binding of this unconfirmed login. */
export function signUpBrowserMatches(user: User, secret: string | undefined, now = new Date()): boolean {
  if (!secret || user.emailVerifiedAt || !user.signUpBrowserHash || !user.signUpBrowserExpiresAt) return false;
  if (user.signUpBrowserExpiresAt.getTime() <= now.getTime()) return false;
  const presented = Buffer.from(hashToken(secret), "hex");
  const stored = Buffer.from(user.signUpBrowserHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
