import "server-only";
import { getUserByEmail } from "@/lib/accounts/store";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { issueToken, mayIssueToken } from "./tokens";

/** Reset links per login: three an hour, a minute apart (more would only help someone flood the inbox). */
const RESET_LIMITS = { perHour: 3, gapSeconds: 60 };

/**
 * "Forgot password": mails a single-use reset link when the address has a login, in the login's
 * stored language, else `requestLocale` (the language of the page that asked). Returns whether a
 * link went out; callers answer the same either way and run this after answering.
 */
export async function requestPasswordReset(email: string, now = new Date(), requestLocale?: Locale): Promise<boolean> {
  const user = await getUserByEmail(email);
  if (!user) return false;
  if (!(await mayIssueToken(user.id, "reset_password", RESET_LIMITS, now)).ok) return false;
  const token = await issueToken({ userId: user.id, purpose: "reset_password" }, now);
  const locale = recipientLocale(user.locale, requestLocale);
  await sendMail(
    "reset-password",
    user.email,
    {
      // An unconfirmed login's name is whatever was typed at sign-up, possibly by a stranger.
      name: user.emailVerifiedAt ? (user.givenName ?? undefined) : undefined,
      resetUrl: mailPortalUrl(`/reset-password?token=${token}`, locale),
    },
    { locale },
  );
  return true;
}
