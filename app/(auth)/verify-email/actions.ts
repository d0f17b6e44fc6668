"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { INVALID_LINK_MESSAGE } from "./messages";

/** Confirms the address (a POST, so mail scanners that open links do not use it up). Never signs in. */
export const verifyEmailAction = validatedAction(z.object({ token: z.string().max(100) }), async ({ token }) => {
  const result = await verifyEmail(token);
  if (result.status === "invalid") return { status: "error", message: INVALID_LINK_MESSAGE };
  redirect(result.account.status === "active" ? "/sign-in?verified=1" : "/sign-in?verified=later");
});
