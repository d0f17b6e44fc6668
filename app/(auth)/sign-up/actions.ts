"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { setCheckEmailAddress } from "@/lib/accounts/check-email-address";
import { newSignUpBrowser, setSignUpBrowserCookie } from "@/lib/accounts/sign-up-browser";
import { sendSignUpMail } from "@/lib/accounts/sign-up-mail";
import { validatedAction } from "@/lib/actions/authed-action";
import { signUp } from "@/lib/accounts/sign-up";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { requestLocale } from "@/lib/i18n/request-locale";
import { signUpSchema } from "../schemas";

/**
 * Never signs anyone in and answers every address the same way ("check your email"); the mail
 * that follows is sent after the answer. Only a client address over the sign-up limit is told so.
 * Every accepted answer sets the same two cookies: this browser's sign-up binding (its mailed link
 * then confirms and signs in without the password; stored only when this sign-up holds the login,
 * lib/accounts/sign-up-browser.ts) and the address "check your email" names.
 */
export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const browser = newSignUpBrowser();
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
    browser: { hash: browser.hash, expiresAt: browser.expiresAt },
  });
  if ("refused" in followUp) {
    return { status: "error", message: "auth.signUp.tooMany" };
  }
  await setSignUpBrowserCookie(browser);
  await setCheckEmailAddress(data.email);
  const returnPath = data.callbackUrl ? safeCallbackPath(data.callbackUrl, "") || undefined : undefined;
  // The new login takes this page's language (its mail is in it).
  const locale = await requestLocale();
  after(() =>
    sendSignUpMail(followUp, returnPath, locale).catch((e: unknown) => {
      console.error(`sign-up mail not queued: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  // The return path rides along, so "Send the link again" and "Sign in" keep it (checked again there).
  redirect(`/check-email?from=sign-up${returnPath ? `&callbackUrl=${encodeURIComponent(returnPath)}` : ""}`);
});
