import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { deliverMail, type DeliveryStatus } from "./deliver";
import { enqueueMail } from "./outbox";
import { mailBrand } from "./brand";
import { type RenderedMail, renderMail } from "./render";
import type { MailKind, MailProps } from "./templates";

const recipient = z.email();

/**
 * Renders a mail in the recipient's `locale` (their stored choice: `recipientLocale`), stores it in
 * the outbox (with `extra` headers and attachments) and tries to deliver it at once. Delivery failures are not thrown: the mail stays in the outbox and `deliverDueMail`
 * retries it. Throws only when the mail could not be stored (bad address or props, database down):
 * then nothing was queued.
 */
export async function sendMail<K extends MailKind>(
  kind: K,
  to: string,
  props: MailProps<K>,
  options: { locale: Locale } & Pick<RenderedMail, "headers" | "attachments">,
): Promise<{ id: string; status: DeliveryStatus | "busy" }> {
  const { locale, ...extra } = options;
  const address = recipient.safeParse(to.trim());
  if (!address.success) throw new TypeError(`mail ${kind}: the recipient is not an email address`);
  const mail = await renderMail(kind, props, mailBrand(), locale);
  const id = await enqueueMail(kind, address.data, { ...mail, ...extra });
  return { id, status: await deliverMail(id) };
}
