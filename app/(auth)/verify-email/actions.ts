"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSignUpBrowserCookie, readSignUpBrowserCookie } from "@/lib/accounts/sign-up-browser";
import { verifyEmail, verifyEmailInSigningUpBrowser } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { RATE_LIMITED_MESSAGE } from "@/lib/auth/rate-limit";
import { SIGNED_IN_LANDING } from "../landing";
import { startSessionFor } from "../start-session";
import { INVALID_LINK_MESSAGE, NOT_THIS_BROWSER_MESSAGE, PASSWORD_LABEL, WRONG_PASSWORD_MESSAGE } from "./messages";

/** The page to come back to (from the link's `next`): passes the callbackUrl checks, or is dropped. */
const nextField = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => (v ? safeCallbackPath(v, "") || undefined : undefined));

const verifySchema = z.object({
  token: z.string().max(100),
  next: nextField,
  password: z
    .string({ message: `${PASSWORD_LABEL}.` })
    .min(1, `${PASSWORD_LABEL}.`)
    .max(200),
});

/**
 * Confirms the address for the password chosen at sign-up (a POST, so mail scanners that open
 * links do not use it up). Never signs in.
 */
export const verifyEmailAction = validatedAction(verifySchema, async ({ token, password, next }) => {
  const result = await verifyEmail({ token, password, ip: clientIp(await headers()) });
  if (result.status === "invalid") return { status: "error", message: INVALID_LINK_MESSAGE };
  if (result.status === "refused") {
    const message = result.reason === "rate_limited" ? RATE_LIMITED_MESSAGE : WRONG_PASSWORD_MESSAGE;
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
    if (result.status === "invalid") return { status: "error", message: INVALID_LINK_MESSAGE };
    if (result.status === "not-this-browser") return { status: "error", message: NOT_THIS_BROWSER_MESSAGE };
    await clearSignUpBrowserCookie();
    if (result.account.status !== "active") redirect(`/sign-in?verified=later${next ? `&callbackUrl=${encodeURIComponent(next)}` : ""}`);
    return startSessionFor(result.user, next ?? SIGNED_IN_LANDING);
  },
);
