"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { vkey } from "@/lib/i18n/validation";

/** Moves the login to the confirmed address (a POST, so a mail scanner opening the link changes nothing). */
export const confirmEmailAction = validatedAction(z.object({ token: z.string().max(100) }), async ({ token }) => {
  const signedIn = await getCurrentUser();
  const result = await confirmEmailChange(token, signedIn);
  if (result.status === "invalid") return { status: "error", message: "auth.confirmEmail.errors.invalid" };
  if (result.status === "taken") return { status: "error", message: "auth.confirmEmail.errors.taken" };
  if (result.status === "failed") return { status: "error", message: vkey("auth.confirmEmail.errors.failed", { reason: result.message }) };
  redirect(signedIn ? "/account?emailChanged=1" : "/sign-in?emailChanged=1");
});
