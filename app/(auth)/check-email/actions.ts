"use server";

import { after } from "next/server";
import { z } from "zod";
import { resendVerificationLink } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { emailField } from "@/lib/person/fields";

/** The same answer for every address, sent or not; the mail goes out after the answer. */
export const resendVerificationAction = validatedAction(z.object({ email: emailField }), async ({ email }) => {
  // The mail is in the login's language, else this page's.
  const locale = await requestLocale();
  after(() =>
    resendVerificationLink(email, new Date(), locale).catch((e: unknown) => {
      console.error(`verification resend failed: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return { status: "success", message: "auth.checkEmail.resend.done" };
});
