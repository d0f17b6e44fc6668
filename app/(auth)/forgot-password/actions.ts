"use server";

import { after } from "next/server";
import { z } from "zod";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { validatedAction } from "@/lib/actions/authed-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { vkey } from "@/lib/i18n/validation";
import { RESET_PASSWORD_LINK_HOURS } from "@/lib/mail/lifetimes";
import { emailField } from "@/lib/person/fields";

/**
 * One answer for every address, given before any lookup or mail (so its timing says nothing
 * either); the link is mailed afterwards when the address has an account.
 */
export const forgotPasswordAction = validatedAction(z.object({ email: emailField }), async ({ email }) => {
  // The mail is in the login's language, else this page's.
  const locale = await requestLocale();
  after(() =>
    requestPasswordReset(email, new Date(), locale).catch((e: unknown) => {
      console.error(`password reset request failed: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return {
    status: "success",
    message: vkey("auth.forgotPassword.sent", { hours: RESET_PASSWORD_LINK_HOURS }),
  };
});
