import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { getEnv } from "@/lib/env";

let cached: { url: string; transporter: Transporter } | undefined;

/** The SMTP connection for SMTP_URL; short timeouts, so a stalled server delays no request for long. */
export function mailTransport(): Transporter {
  const url = getEnv().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (cached?.url !== url) {
    cached = {
      url,
      transporter: nodemailer.createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        logger: false,
        debug: false,
      } as never),
    };
  }
  return cached.transporter;
}

/** MAIL_FROM as given when it names the sender; a bare address is shown with the broker's name. */
export function senderAddress(brokerName: string): Mail.Address | string {
  const from = getEnv().MAIL_FROM ?? "no-reply@portal.example";
  return from.includes("<") ? from : { name: brokerName, address: from };
}

/** The sender's domain, for Message-IDs. */
export function senderDomain(): string {
  const from = getEnv().MAIL_FROM ?? "no-reply@portal.example";
  return /@([^>\s]+)/.exec(from)?.[1] ?? "portal.example";
}

/** The SMTP credentials, to scrub from any error text before it is stored or logged. */
export function smtpSecrets(): string[] {
  const url = getEnv().SMTP_URL;
  if (!url || !URL.canParse(url)) return [];
  const u = new URL(url);
  return [u.password, decodeURIComponent(u.password), u.username, decodeURIComponent(u.username)].filter((s) => s.length >= 3);
}
