import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Mailbox } from "./mailbox";

export const DEFAULT_SMTP_PORT = 4025;

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

/** Largest message accepted; the portal's mails are a few tens of kilobytes. */
const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

function headerRecord(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return headers;
}

/**
 * A local SMTP server that accepts every message (any or no credentials, no TLS) and keeps it in
 * the mailbox, so the portal's mail can be read in the sandbox instead of reaching anyone.
 */
export function startMailCatcher(opts: { mailbox: Mailbox; port: number; hostname?: string }): Promise<MailCatcher> {
  const server = new SMTPServer({
    name: "imin-sandbox",
    banner: "imin sandbox mail catcher",
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "sandbox" });
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
            callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
            return;
          }
          const envelope = session.envelope.rcptTo.map((r) => r.address);
          const to = [...new Set([...addresses(parsed.to), ...addresses(parsed.cc), ...envelope].map((a) => a.toLowerCase()))];
          opts.mailbox.add({
            from: parsed.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: headerRecord(parsed),
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? "",
              contentType: a.contentType,
              content: a.content.toString(a.contentType.startsWith("text/") ? "utf8" : "base64"),
            })),
            date: new Date().toISOString(),
          });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.hostname, () => {
      server.off("error", reject);
      // A client that drops mid-conversation must not bring the sandbox down.
      server.on("error", () => {});
      resolve({
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
