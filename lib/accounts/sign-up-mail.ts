import "server-only";
import type { SignUpFollowUp } from "@/lib/auth/sign-up";
import { sendMail } from "@/lib/mail/send";
import { portalUrl } from "@/lib/portal-url";
import { sendVerificationLink } from "./verify-email";

/** Sends what a sign-up calls for (run after the answer, so its timing reveals nothing). */
export async function sendSignUpMail(followUp: SignUpFollowUp) {
  if (followUp.mail === "verify") await sendVerificationLink(followUp.user);
  if (followUp.mail === "already-registered") {
    await sendMail("sign-up-attempt", followUp.user.email, {
      name: followUp.user.givenName ?? undefined,
      signInUrl: portalUrl("/sign-in"),
      forgotPasswordUrl: portalUrl("/forgot-password"),
    });
  }
}
