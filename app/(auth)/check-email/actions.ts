"use server";

import { after } from "next/server";
import { z } from "zod";
import { resendVerificationLink } from "@/lib/accounts/verify-email";
import { validatedAction } from "@/lib/actions/authed-action";
import { emailField } from "@/lib/person/fields";

const RESENT_MESSAGE =
  "If that address is waiting to be confirmed, a new link is on its way. Links can be sent once a minute, four times an hour.";

/** The same answer for every address, sent or not; the mail goes out after the answer. */
export const resendVerificationAction = validatedAction(z.object({ email: emailField }), async ({ email }) => {
  after(() =>
    resendVerificationLink(email).catch((e: unknown) => {
      console.error(`verification resend failed: ${e instanceof Error ? e.name : "error"}`);
    }),
  );
  return { status: "success", message: RESENT_MESSAGE };
});
