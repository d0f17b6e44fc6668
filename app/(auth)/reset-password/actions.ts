"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { resetPassword } from "@/lib/accounts/reset-password";
import { validatedAction } from "@/lib/actions/authed-action";
import { refineNewPassword } from "@/lib/auth/password-policy";
import { newPasswordField } from "@/lib/person/fields";

const resetSchema = z.object({ token: z.string().max(100), password: newPasswordField }).superRefine((v, ctx) => {
  refineNewPassword(ctx, v.password, []);
});

/** Sets the new password; every session of the login ends, this browser included (it was signed out). */
export const resetPasswordAction = validatedAction(resetSchema, async ({ token, password }) => {
  if (!(await resetPassword(token, password))) {
    return { status: "error", message: "This link has expired or was already used. Ask for a new one." };
  }
  redirect("/sign-in?reset=1");
});
