"use server";

import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { checkCredentials } from "@/lib/auth/credentials";
import { RATE_LIMITED_MESSAGE, isSignInBlocked, recordSignIn } from "@/lib/auth/rate-limit";
import { completePendingSignUp } from "@/lib/auth/sign-up";
import { signInSchema } from "../schemas";
import { PENDING_MESSAGE, WRONG_CREDENTIALS, startSession } from "../start-session";

export const signInAction = validatedAction(signInSchema, async ({ email, password, callbackUrl }) => {
  const ip = clientIp(await headers());
  if (await isSignInBlocked(email, ip)) return { status: "error", message: RATE_LIMITED_MESSAGE };

  const user = await checkCredentials(email, password);
  if (!user) {
    await recordSignIn(email, ip, false);
    return { status: "error", message: WRONG_CREDENTIALS };
  }
  if (user.status !== "active") {
    const completion = await completePendingSignUp(user, { waitForOtherMs: 10_000 });
    if (completion.status !== "active") return { status: "error", message: PENDING_MESSAGE };
  }
  await recordSignIn(email, ip, true);
  if (!(await startSession(email, password, safeCallbackPath(callbackUrl)))) {
    return { status: "error", message: WRONG_CREDENTIALS };
  }
});
