import "server-only";
import type { SignUpFollowUp } from "@/lib/accounts/sign-up";
import { countRecentMail } from "@/lib/mail/outbox";
import { sendMail } from "@/lib/mail/send";
import { portalUrl } from "@/lib/portal-url";
import { sendVerificationLinkWithinLimits } from "./verify-email";

/**
 * Sends what a sign-up calls for (run after the answer, so its timing reveals nothing). `returnPath`:
 * the page the sign-up started from (a public session page), carried by the confirmation link.
 */
export async function sendSignUpMail(followUp: SignUpFollowUp, returnPath?: string) {
  if (followUp.mail === "verify") await sendVerificationLinkWithinLimits(followUp.user, new Date(), returnPath);
  // One such note an hour per address: the sign-up form must not become a way to flood an inbox.
  if (
    followUp.mail === "already-registered" &&
    (await countRecentMail("sign-up-attempt", followUp.user.email, new Date(Date.now() - 3_600_000))) === 0
  ) {
    await sendMail("sign-up-attempt", followUp.user.email, {
      name: followUp.user.givenName ?? undefined,
      signInUrl: portalUrl("/sign-in"),
      forgotPasswordUrl: portalUrl("/forgot-password"),
    });
  }
}
