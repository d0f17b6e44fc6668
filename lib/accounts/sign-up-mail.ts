import "server-only";
import type { SignUpFollowUp } from "@/lib/accounts/sign-up";
import type { Locale } from "@/lib/i18n/locales";
import { saveLoginLocale } from "@/lib/i18n/store";
import { countRecentMail } from "@/lib/mail/outbox";
import { sendMail } from "@/lib/mail/send";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { sendVerificationLinkWithinLimits } from "./verify-email";

/**
 * Sends what a sign-up calls for (run after the answer, so its timing reveals nothing). `returnPath`:
 * the page the sign-up started from (a public session page), carried by the confirmation link.
 * `requestLocale`: the sign-up page's language. The login being signed up (not confirmed yet) takes
 * it as its stored choice, so its later mail is in it too; a confirmed login's note goes in its own
 * stored language.
 */
export async function sendSignUpMail(followUp: SignUpFollowUp, returnPath?: string, requestLocale?: Locale) {
  if (followUp.mail === "verify") {
    const locale = recipientLocale(requestLocale, followUp.user.locale);
    if (followUp.user.locale !== locale) await saveLoginLocale(followUp.user.id, locale);
    await sendVerificationLinkWithinLimits({ ...followUp.user, locale }, new Date(), returnPath);
  }
  // One such note an hour per address: the sign-up form must not become a way to flood an inbox.
  if (
    followUp.mail === "already-registered" &&
    (await countRecentMail("sign-up-attempt", followUp.user.email, new Date(Date.now() - 3_600_000))) === 0
  ) {
    const locale = recipientLocale(followUp.user.locale, requestLocale);
    await sendMail(
      "sign-up-attempt",
      followUp.user.email,
      {
        name: followUp.user.givenName ?? undefined,
        signInUrl: mailPortalUrl("/sign-in", locale),
        forgotPasswordUrl: mailPortalUrl("/forgot-password", locale),
      },
      { locale },
    );
  }
}
