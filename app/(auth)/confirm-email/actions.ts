"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { getCurrentUser } from "@/lib/auth/current-user";

/** Moves the login to the confirmed address (a POST, so a mail scanner opening the link changes nothing). */
export const confirmEmailAction = validatedAction(z.object({ token: z.string().max(100) }), async ({ token }) => {
  const signedIn = await getCurrentUser();
  const result = await confirmEmailChange(token, signedIn);
  if (result.status === "invalid")
    return { status: "error", message: "This link has expired or was already used. Ask for the change again." };
  if (result.status === "taken")
    return { status: "error", message: "Another account now uses this address, so your email was not changed." };
  if (result.status === "failed") return { status: "error", message: `Your email was not changed. ${result.message}` };
  redirect(signedIn ? "/account?emailChanged=1" : "/sign-in?emailChanged=1");
});
