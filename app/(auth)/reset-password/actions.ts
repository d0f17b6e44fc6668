"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/accounts/reset-password";
import { validatedAction } from "@/lib/actions/authed-action";
import { resetPasswordSchema } from "../schemas";

/** Sets the new password; every session of the login ends, this browser included (it was signed out). */
export const resetPasswordAction = validatedAction(resetPasswordSchema, async ({ token, password }) => {
  const result = await resetPassword(token, password);
  if (!result.ok && result.reason === "weak") {
    return { status: "error", message: "validation.checkFields", fieldErrors: { password: [result.message] } };
  }
  if (!result.ok) return { status: "error", message: "auth.resetPassword.invalid" };
  redirect("/sign-in?reset=1");
});
