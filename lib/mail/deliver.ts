import type { OutboxMail } from "@/lib/db/schema";
import { getBrokerConfig } from "@/lib/broker/config";
import { mailOutcome } from "@/lib/observability/mail";
import { claimDueMail, markAttemptFailed, markSent } from "./outbox";
import { mailTransport, senderAddress, senderDomain, smtpSecrets } from "./transport";

export type DeliveryStatus = "sent" | "pending" | "failed";

interface SmtpError {
  code?: string;
  responseCode?: number;
  message?: string;
}

/** An error as stored and logged: code and server reply, never credentials or the address, never long. */
function describeError(err: unknown, recipient: string): string {
  const e = (err ?? {}) as SmtpError;
  let text = [e.code, e.message].filter(Boolean).join(": ") || "unknown error";
  for (const secret of smtpSecrets()) text = text.split(secret).join("[redacted]");
  text = text.split(recipient).join("[recipient]");
  return text.replace(/\s+/g, " ").slice(0, 300);
}

/** The server refused the recipient for good (5xx on the envelope): retrying would not help. */
function isPermanent(err: unknown): boolean {
  const e = (err ?? {}) as SmtpError;
  return e.code === "EENVELOPE" && typeof e.responseCode === "number" && e.responseCode >= 500;
}

async function deliver(row: OutboxMail, now: () => Date): Promise<DeliveryStatus> {
  try {
    await mailTransport().sendMail({
      from: senderAddress(getBrokerConfig().name),
      to: row.toAddress,
      subject: row.subject,
      html: row.html,
      text: row.text,
      // Stable per outbox row, so a receiver can tell a repeat after a crash mid-send.
      messageId: `<${row.id}@${senderDomain()}>`,
      headers: { "Auto-Submitted": "auto-generated", ...row.headers },
      attachments: row.attachments ?? undefined,
    });
  } catch (err) {
    const reason = describeError(err, row.toAddress);
    const result = await markAttemptFailed(row, reason, now(), isPermanent(err));
    mailOutcome(row, result.status === "failed" ? "failed" : "retry", reason, result.nextAttemptAt);
    return result.status;
  }
  await markSent(row.id, now());
  mailOutcome(row, "sent");
  return "sent";
}

/** Tries one stored mail now, unless another deliverer holds it or it is not due. */
export async function deliverMail(id: string, now: () => Date = () => new Date()): Promise<DeliveryStatus | "busy"> {
  const [row] = await claimDueMail(now(), 1, id);
  return row ? deliver(row, now) : "busy";
}

/** Sends every mail that is due (a batch at a time); returns what happened to each. */
export async function deliverDueMail(opts: { now?: () => Date; batch?: number } = {}): Promise<Record<DeliveryStatus, number>> {
  const now = opts.now ?? (() => new Date());
  const counts: Record<DeliveryStatus, number> = { sent: 0, pending: 0, failed: 0 };
  for (;;) {
    const rows = await claimDueMail(now(), opts.batch ?? 20);
    for (const row of rows) counts[await deliver(row, now)] += 1;
    if (rows.length < (opts.batch ?? 20)) return counts;
  }
}
