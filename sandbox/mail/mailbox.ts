import { randomUUID } from "node:crypto";

/** One message caught by the sandbox's SMTP server, as `GET /admin/mail` returns it. */
export interface CaughtMail {
  id: string;
  from: string;
  /** Every recipient address (To, Cc and the SMTP envelope), lower-cased. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Attached files; text content as UTF-8, anything else base64. */
  attachments: { filename: string; contentType: string; content: string }[];
  /** When the catcher received it (ISO 8601). */
  date: string;
}

const MAILBOX_CAPACITY = 500;

/** Caught mail in memory, newest first; the oldest messages drop off past the capacity. */
export class Mailbox {
  private messages: CaughtMail[] = [];

  constructor(private readonly capacity = MAILBOX_CAPACITY) {}

  add(message: Omit<CaughtMail, "id">): CaughtMail {
    const caught = { id: randomUUID(), ...message };
    this.messages.unshift(caught);
    if (this.messages.length > this.capacity) this.messages.length = this.capacity;
    return caught;
  }

  /** Newest first; with `to`, only messages addressed to it (case-insensitive). */
  list(to?: string): CaughtMail[] {
    const wanted = to?.trim().toLowerCase();
    return wanted ? this.messages.filter((m) => m.to.includes(wanted)) : [...this.messages];
  }

  get(id: string): CaughtMail | undefined {
    return this.messages.find((m) => m.id === id);
  }

  clear(): void {
    this.messages = [];
  }

  get size(): number {
    return this.messages.length;
  }
}
