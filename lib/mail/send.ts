import { z } from "zod";
import { deliverMail, type DeliveryStatus } from "./deliver";
import { enqueueMail } from "./outbox";
import { type RenderedMail, renderMail } from "./render";
import type { MailKind, MailProps } from "./templates";

const recipient = z.email();

/**
 * Renders a mail, stores it in the outbox (with `extra` headers and attachments) and tries to deliver
 * it at once. Delivery failures are not thrown: the mail stays in the outbox and `deliverDueMail`
 * retries it. Throws only when the mail could not be stored (bad address or props, database down):
 * then nothing was queued.
 */
export async function sendMail<K extends MailKind>(
  kind: K,
  to: string,
  props: MailProps<K>,
  extra: Pick<RenderedMail, "headers" | "attachments"> = {},
): Promise<{ id: string; status: DeliveryStatus | "busy" }> {
  const address = recipient.safeParse(to.trim());
  if (!address.success) throw new TypeError(`mail ${kind}: the recipient is not an email address`);
  const mail = await renderMail(kind, props);
  const id = await enqueueMail(kind, address.data, { ...mail, ...extra });
  return { id, status: await deliverMail(id) };
}
