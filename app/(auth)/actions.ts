"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/auth";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { checkCredentials } from "@/lib/auth/credentials";
import { getCurrentUser } from "@/lib/auth/current-user";
import { endSessions } from "@/lib/db/queries";
import { RATE_LIMITED_MESSAGE, isSignInBlocked, recordSignIn } from "@/lib/auth/rate-limit";
import { completePendingSignUp, signUp } from "@/lib/auth/sign-up";
import { signInSchema, signUpSchema } from "./schemas";

const WRONG_CREDENTIALS = "The email or password is not right. Check them and try again.";
const PENDING_MESSAGE =
  "Your details are saved, but we couldn't finish setting up your account with our booking service just now. " +
  "Please try again in a few minutes; we'll finish it when you next sign in.";

/** Auth.js signs in and redirects (a thrown redirect); its own errors mean the credentials failed. */
async function startSession(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (e) {
    if (e instanceof AuthError) return false;
    throw e;
  }
  return true;
}

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

export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const result = await signUp({
    details: {
      email: data.email,
      givenName: data.givenName,
      familyName: data.familyName,
      telephone: data.telephone,
      birthDate: data.birthDate,
      is13OrOver: data.is13OrOver,
    },
    password: data.password,
    existingUserWithPassword: checkCredentials,
  });
  switch (result.status) {
    case "email_taken":
      return {
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead, or use another email."] },
      };
    case "refused":
      return {
        status: "error",
        message: result.error.description
          ? `Our booking service couldn't accept these details: ${result.error.description}`
          : result.error.customerMessage,
      };
    case "pending":
      return { status: "error", message: PENDING_MESSAGE };
    case "created":
      if (!(await startSession(data.email, data.password, "/account?welcome=1"))) {
        return { status: "error", message: "Your account is ready. Please sign in." };
      }
  }
});

export async function signOutAction() {
  // Server-side too: a copy of the cookie (or a late response re-setting it) no longer signs in.
  const user = await getCurrentUser();
  if (user) await endSessions(user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
