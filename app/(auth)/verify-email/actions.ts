"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSignUpBrowserCookie, readSignUpBrowserCookie } from "@/lib/accounts/sign-up-browser";
import { verifyEmail, verifyEmailInSigningUpBrowser } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { SIGNED_IN_LANDING } from "../landing";
import { startSessionFor } from "../start-session";

/** The page to come back to (from the link's `next`): passes the callbackUrl checks, or is dropped. */
const nextField = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => (v ? safeCallbackPath(v, "") || undefined : undefined));

const verifySchema = z.object({
  token: z.string().max(100),
  next: nextField,
  password: z.string({ message: "auth.verifyEmail.passwordRequired" }).min(1, "auth.verifyEmail.passwordRequired").max(200),
});

/**
 * Confirms the address for the password chosen at sign-up (a POST, so mail scanners that open
 * links do not use it up). Never signs in.
 */
export const verifyEmailAction = validatedAction(verifySchema, async ({ token, password, next }) => {
  const result = await verifyEmail({ token, password, ip: clientIp(await headers()) });
  if (result.status === "invalid") return { status: "error", message: "auth.verifyEmail.invalidLink" };
  if (result.status === "refused") {
    const message = result.reason === "rate_limited" ? "auth.errors.rateLimited" : "auth.verifyEmail.wrongPassword";
    return { status: "error", message, fieldErrors: { password: [message] } };
  }
  const back = next ? `&callbackUrl=${encodeURIComponent(next)}` : "";
  redirect(result.account.status === "active" ? `/sign-in?verified=1${back}` : `/sign-in?verified=later${back}`);
});

/**
 * The link opened in the browser that signed up: confirms the address and starts the session, no
 * password (a POST, like the password form). The link and the browser's binding are both spent.
 */
export const confirmInThisBrowserAction = validatedAction(
  z.object({ token: z.string().max(100), next: nextField }),
  async ({ token, next }) => {
    const result = await verifyEmailInSigningUpBrowser({ token, browserSecret: await readSignUpBrowserCookie() });
    if (result.status === "invalid") return { status: "error", message: "auth.verifyEmail.invalidLink" };
    if (result.status === "not-this-browser") return { status: "error", message: "auth.verifyEmail.notThisBrowser" };
    await clearSignUpBrowserCookie();
    if (result.account.status !== "active") redirect(`/sign-in?verified=later${next ? `&callbackUrl=${encodeURIComponent(next)}` : ""}`);
    return startSessionFor(result.user, next ?? SIGNED_IN_LANDING);
  },
);
