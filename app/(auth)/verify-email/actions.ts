"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { clientIp } from "@/lib/auth/client-ip";
import { RATE_LIMITED_MESSAGE } from "@/lib/auth/rate-limit";
import { INVALID_LINK_MESSAGE, PASSWORD_LABEL, WRONG_PASSWORD_MESSAGE } from "./messages";

const verifySchema = z.object({
  token: z.string().max(100),
  password: z
    .string({ message: `${PASSWORD_LABEL}.` })
    .min(1, `${PASSWORD_LABEL}.`)
    .max(200),
});

/**
 * Confirms the address for the password chosen at sign-up (a POST, so mail scanners that open
 * links do not use it up). Never signs in.
 */
export const verifyEmailAction = validatedAction(verifySchema, async ({ token, password }) => {
  const result = await verifyEmail({ token, password, ip: clientIp(await headers()) });
  if (result.status === "invalid") return { status: "error", message: INVALID_LINK_MESSAGE };
  if (result.status === "refused") {
    const message = result.reason === "rate_limited" ? RATE_LIMITED_MESSAGE : WRONG_PASSWORD_MESSAGE;
    return { status: "error", message, fieldErrors: { password: [message] } };
  }
  redirect(result.account.status === "active" ? "/sign-in?verified=1" : "/sign-in?verified=later");
});
