import "server-only";
import { z } from "zod";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderMail, type RenderedMail } from "@/lib/mail/render";
import type { MailKind, MailProps } from "@/lib/mail/templates";
import type { EmailKind } from "./kinds";
import { unsubscribeHeaders } from "./unsubscribe";

const recipient = z.email();

/**
 * Stores a notification email in the outbox (with its one-click unsubscribe headers and any
 * attachment) and tries it at once; a failed attempt stays in the outbox for the mail-delivery job.
 * Throws only when it could not be stored.
 */
export async function sendNotification<K extends MailKind>(
  mail: { kind: K; props: MailProps<K>; attachments?: RenderedMail["attachments"] },
  to: { userId: string; email: string },
  emailKind: EmailKind,
): Promise<string> {
  const address = recipient.safeParse(to.email.trim());
  if (!address.success) throw new TypeError(`mail ${mail.kind}: the recipient is not an email address`);
  const rendered = await renderMail(mail.kind, mail.props);
  const id = await enqueueMail(mail.kind, address.data, {
    ...rendered,
    headers: unsubscribeHeaders(to.userId, emailKind),
    attachments: mail.attachments,
  });
  await deliverMail(id);
  return id;
}
