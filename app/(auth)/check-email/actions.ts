"use server";

import { after } from "next/server";
import { z } from "zod";
import { resendVerificationLink } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requestLocale } from "@/lib/i18n/request-locale";
import { emailField } from "@/lib/person/fields";

/** The same answer for every address, sent or not; the mail goes out after the answer. */
export const resendVerificationAction = validatedAction(
  z.object({ email: emailField, callbackUrl: z.string().max(2000).optional() }),
  async ({ email, callbackUrl }) => {
    // The mail is in the login's language, else this page's.
    const locale = await requestLocale();
    // The page the sign-up was coming back to (a public session), kept in the new link.
    const returnPath = callbackUrl ? safeCallbackPath(callbackUrl, "") || undefined : undefined;
    after(() =>
      resendVerificationLink(email, new Date(), locale, returnPath).catch((e: unknown) => {
        console.error(`verification resend failed: ${e instanceof Error ? e.name : "error"}`);
      }),
    );
    return { status: "success", message: "auth.checkEmail.resend.done" };
  },
);
