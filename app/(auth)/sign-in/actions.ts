"use server";

import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyLogin } from "@/lib/auth/verify-login";
import { SIGNED_IN_LANDING } from "../landing";
import { signInSchema } from "../schemas";
import { startSessionFor } from "../start-session";

/** The sign-in form: the password is judged by `verifyLogin` (rate limits included), nothing else. */
export const signInAction = validatedAction(signInSchema, async ({ email, password, callbackUrl }) => {
  const result = await verifyLogin(email, password, clientIp(await headers()));
  if (!result.ok)
    return { status: "error", message: result.reason === "rate_limited" ? "auth.errors.rateLimited" : "auth.errors.wrongCredentials" };
  return startSessionFor(result.user, safeCallbackPath(callbackUrl, SIGNED_IN_LANDING));
});
