"use server";

import { after } from "next/server";
import { z } from "zod";
import { resendVerificationLink } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { emailField } from "@/lib/person/fields";

/** The same answer for every address, sent or not; the mail goes out after the answer. */
export const resendVerificationAction = validatedAction(z.object({ email: emailField }), async ({ email }) => {
  after(() =>
    resendVerificationLink(email).catch((e: unknown) => {
      console.error(`verification resend failed: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return { status: "success", message: "auth.checkEmail.resend.done" };
});
