"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { validatedAction } from "@/lib/actions/authed-action";
import { signUp } from "@/lib/accounts/sign-up";
import { clientIp } from "@/lib/auth/client-ip";
import { signUpSchema } from "../schemas";

/**
 * Never signs anyone in and answers every address the same way ("check your email"); the mail
 * that follows is sent after the answer. Only a client address over the sign-up limit is told so.
 */
export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const followUp = await signUp({
    details: {
      email: data.email,
      givenName: data.givenName,
      familyName: data.familyName,
      telephone: data.telephone,
      birthDate: data.birthDate,
      is13OrOver: data.is13OrOver,
    },
    password: data.password,
    nonce: data.nonce,
    ip: clientIp(await headers()),
  });
  if ("refused" in followUp) {
    return { status: "error", message: "Too many accounts have been created from your network in the last hour. Please try again later." };
  }
  after(() =>
    sendSignUpMail(followUp).catch((e: unknown) => {
      console.error(`sign-up mail not queued: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  redirect("/check-email?from=sign-up");
});
