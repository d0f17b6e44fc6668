import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { RenderedMail } from "@/lib/mail/render";
import { sendMail } from "@/lib/mail/send";
import type { MailKind, MailProps } from "@/lib/mail/templates";
import type { EmailKind } from "./kinds";
import { unsubscribeHeaders } from "./unsubscribe";

/**
 * Sends a notification email (`sendMail`) in the recipient's language, with its one-click unsubscribe headers and any attachment:
 * a failed attempt stays in the outbox for the mail-delivery job. Throws only when it could not be stored.
 */
export async function sendNotification<K extends MailKind>(
  mail: { kind: K; props: MailProps<K>; attachments?: RenderedMail["attachments"] },
  to: { userId: string; email: string; locale: Locale },
  emailKind: EmailKind,
): Promise<string> {
  const { id } = await sendMail(mail.kind, to.email, mail.props, {
    locale: to.locale,
    headers: unsubscribeHeaders(to.userId, emailKind),
    attachments: mail.attachments,
  });
  return id;
}
