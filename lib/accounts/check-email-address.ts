import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";

/**
 * The address "check your email" names, carried from the sign-up (or an unconfirmed sign-in) to
 * /check-email in a short-lived httpOnly cookie sent to that page only: never in the URL (logs,
 * history, referrers), and /check-email is not a page scripts/page-cache.mjs keeps.
 */
const NAME = "check-email-address";
const PATH = "/check-email";
const MINUTES = 30;

export async function setCheckEmailAddress(email: string) {
  (await cookies()).set(NAME, email.trim().toLowerCase(), {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().AUTH_SECURE_COOKIES,
    path: PATH,
    maxAge: MINUTES * 60,
  });
}

/** The address this browser just signed up (or signed in) with, if it is still there and looks like one. */
export async function checkEmailAddress(): Promise<string | undefined> {
  const value = (await cookies()).get(NAME)?.value;
  return value && value.length <= 254 && /^[^\s@<>]+@[^\s@<>]+$/.test(value) ? value : undefined;
}
