import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { mailOutbox } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { deliverDueMail } from "@/lib/mail/deliver";
import { enqueueMail, MAX_ATTEMPTS } from "@/lib/mail/outbox";
import { sendMail } from "@/lib/mail/send";
import type { MailKind, MailProps } from "@/lib/mail/templates";
import { startMailCatcher } from "@/sandbox/mail/catcher";
import type { CaughtMail } from "@/sandbox/mail/mailbox";
import { startSandbox, type RunningSandbox } from "@/sandbox/main";
import { backends, withTestDatabase } from "../support/database";

const KEY = "mail-test-key";
const SMTP_PASSWORD = "smtp-pass-7f3a9c";
const PORTAL = "http://localhost:3999";
const link = `${PORTAL}/verify?token=tok-123&next=%2Fbook`;

let sb: RunningSandbox;
let logged: string[] = [];

function useSmtp(port: number) {
  process.env.SMTP_URL = `smtp://portal:${SMTP_PASSWORD}@localhost:${port}`;
  resetEnvCache();
}

async function caught(to?: string): Promise<CaughtMail[]> {
  const res = await fetch(`${sb.url}/admin/mail${to ? `?to=${encodeURIComponent(to)}` : ""}`, { headers: { "X-API-KEY": KEY } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: CaughtMail[] }).items;
}

async function outboxRow(id: string) {
  const [row] = await (await getDb()).select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row!;
}

/** A port with nothing listening on it (yet). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, smtpPort: 0, apiKey: KEY, quiet: true });
  Object.assign(process.env, {
    IMIN_API_KEY: KEY,
    IMIN_CHECKOUT_URL: sb.url,
    IMIN_WEBHOOK_API_KEY: "mail-webhook-key",
    AUTH_SECRET: "m".repeat(40),
    PORTAL_URL: PORTAL,
    MAIL_FROM: "no-reply@acme.example",
    BROKER_CONFIG: "brands/default.json",
  });
  for (const level of ["info", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
  }
  // The structured log (lib/observability/log.ts) writes its JSON lines through process.stdout.
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await sb?.close();
});

describe.each(backends)("mail on $name", ({ name }) => {
  withTestDatabase(name);
  beforeEach(async () => {
    useSmtp(sb.smtpPort!);
    await (await getDb()).delete(mailOutbox);
    await fetch(`${sb.url}/admin/mail`, { method: "DELETE", headers: { "X-API-KEY": KEY } });
    logged = [];
  });
  afterEach(() => {
    // Nothing about a message's content or the SMTP password ever reaches the log.
    const log = logged.join("\n");
    expect(log).not.toContain(SMTP_PASSWORD);
    expect(log).not.toContain("tok-123");
    expect(log).not.toMatch(/@example\.com/);
  });

  const cases: { [K in MailKind]: { props: MailProps<K>; subject: string; linkExpected: boolean } } = {
    "verify-email": {
      props: { verifyUrl: link },
      subject: "Confirm your email address for Acme Fitness",
      linkExpected: true,
    },
    "reset-password": { props: { resetUrl: link }, subject: "Reset your Acme Fitness password", linkExpected: true },
    "sign-up-attempt": {
      props: { signInUrl: link, forgotPasswordUrl: link },
      subject: "Someone tried to sign up to Acme Fitness with your email",
      linkExpected: true,
    },
    "confirm-email-change": {
      props: { confirmUrl: link, newEmail: "new-address@example.com" },
      subject: "Confirm your new email address for Acme Fitness",
      linkExpected: true,
    },
    "email-changed": {
      props: { newEmail: "new-address@example.com" },
      subject: "Your Acme Fitness email address was changed",
      linkExpected: false,
    },
    "booking-reminder": {
      props: { title: "Yoga Flow", when: "Tue 24 Nov 2026, 18:00 GMT", cancellable: false, bookingsUrl: link, unsubscribeUrl: link },
      subject: "Reminder: Yoga Flow, Tue 24 Nov 2026, 18:00 GMT (Acme Fitness)",
      linkExpected: true,
    },
    "booking-cancelled": {
      props: { title: "Yoga Flow", when: "Tue 24 Nov 2026, 18:00 GMT", orderUrl: link, unsubscribeUrl: link },
      subject: "Cancelled by the organiser: Yoga Flow, Tue 24 Nov 2026, 18:00 GMT (Acme Fitness)",
      linkExpected: true,
    },
    "account-notice": {
      props: { message: "Northern Active disconnected your account.", pageUrl: link, page: "sellers", unsubscribeUrl: link },
      subject: "A change to your account at one of your Acme Fitness sellers",
      linkExpected: true,
    },
    "evidence-deadline": {
      props: {
        seller: "Northern Active",
        entitlement: "Concession",
        deadline: "Thu 3 Dec 2026, 17:00 GMT",
        sellersUrl: link,
        unsubscribeUrl: link,
      },
      subject: "Evidence due by Thu 3 Dec 2026, 17:00 GMT: Concession at Northern Active (Acme Fitness)",
      linkExpected: true,
    },
  };

  test.each(Object.keys(cases) as MailKind[])("%s reaches the recipient, branded, with its link in HTML and text", async (kind) => {
    const { props, subject, linkExpected } = cases[kind];
    const to = `${kind}@example.com`;
    const result = await sendMail(kind, to, props as never, { locale: "en" });
    expect(result.status).toBe("sent");

    const [mail, ...others] = await caught(to);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe(subject);
    expect(mail!.to).toEqual([to]);
    expect(mail!.from).toContain("Acme Fitness");
    expect(mail!.from).toContain("no-reply@acme.example");
    expect(mail!.headers["message-id"]).toBe(`<${result.id}@acme.example>`);
    expect(mail!.html).toContain('lang="en-GB"');
    expect(mail!.html).toContain(`${PORTAL}/brand/acme-logo.svg`);
    for (const body of [mail!.html, mail!.text]) expect(body).toContain("Acme Fitness");
    if (linkExpected) {
      expect(mail!.html).toContain(`href="${link.replace(/&/g, "&amp;")}"`);
      expect(mail!.text).toContain(link);
    } else {
      expect(mail!.text).toContain("support@acme-fitness.example");
    }

    // Delivered: the outbox keeps the record but not the body (it may hold a single-use link).
    const row = await outboxRow(result.id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, html: "", text: "", lastError: null });
  });

  test("a mail to a Welsh recipient is Welsh from subject to footer, through SMTP", async () => {
    const to = "cymraeg@example.com";
    const result = await sendMail("reset-password", to, { name: "Alun", resetUrl: link }, { locale: "cy" });
    expect(result.status).toBe("sent");
    const [mail] = await caught(to);
    expect(mail!.subject).toBe("Ailosod eich cyfrinair Acme Fitness");
    expect(mail!.html).toContain('lang="cy-GB"');
    expect(mail!.text).toContain("Helo Alun,");
    expect(mail!.text).toContain("Dewis cyfrinair newydd");
    expect(mail!.text).toContain("Telerau");
    expect(mail!.text).not.toMatch(/Reset your password|Choose a new password|Questions\?/);
  });

  test("with the SMTP server down the mail waits, backs off, and is delivered once it is back", async () => {
    const port = await freePort();
    useSmtp(port);
    const start = Date.now();
    const to = "waiting@example.com";
    const result = await sendMail("reset-password", to, { resetUrl: link }, { locale: "en" });
    expect(result.status).toBe("pending");
    let row = await outboxRow(result.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toContain("ECONNREFUSED");
    expect(row.lastError).not.toContain(SMTP_PASSWORD);
    expect(row.html).toContain("tok-123");

    // Not due yet: nothing is tried.
    expect(await deliverDueMail({ now: () => new Date(start + 30_000) })).toEqual({ sent: 0, pending: 0, failed: 0 });
    // Due after a minute, still down: the next wait is longer.
    expect(await deliverDueMail({ now: () => new Date(start + 61_000) })).toEqual({ sent: 0, pending: 1, failed: 0 });
    row = await outboxRow(result.id);
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(start + 61_000 + 5 * 60_000 - 1000);

    const catcher = await startMailCatcher({ mailbox: sb.ctx.mailbox, port });
    try {
      expect(await deliverDueMail({ now: () => new Date(start + 7 * 60_000) })).toEqual({ sent: 1, pending: 0, failed: 0 });
      expect(await deliverDueMail({ now: () => new Date(start + 60 * 60_000) })).toEqual({ sent: 0, pending: 0, failed: 0 });
    } finally {
      await catcher.close();
    }
    const mails = await caught(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(link);
    expect(await outboxRow(result.id)).toMatchObject({ status: "sent", attempts: 3 });
  });

  test("after the last attempt the mail is failed, with the reason kept", async () => {
    useSmtp(await freePort());
    const { id } = await sendMail("verify-email", "never@example.com", { verifyUrl: link }, { locale: "en" });
    await (await getDb())
      .update(mailOutbox)
      .set({ attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date(0) })
      .where(eq(mailOutbox.id, id));
    expect(await deliverDueMail()).toEqual({ sent: 0, pending: 0, failed: 1 });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(row.lastError).toContain("ECONNREFUSED");
    // The failure is logged (so afterEach's checks read real lines): kind, id and reason, no address.
    const lines = logged.map((l) => l.trim()).filter((l) => l.startsWith("{") && l.includes(`"${id}"`));
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ level: "error", mail: expect.objectContaining({ id, kind: "verify-email", outcome: "failed" }) }),
    );
  });

  test("concurrent deliverers send each mail once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        await enqueueMail("verify-email", `racer${i}@example.com`, { subject: `Race ${i}`, html: `<p>Race ${i}</p>`, text: `Race ${i}` }),
      );
    }
    const results = await Promise.all([deliverDueMail({ batch: 2 }), deliverDueMail({ batch: 2 }), deliverDueMail({ batch: 2 })]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
    const subjects = (await caught()).map((m) => m.subject).sort();
    expect(subjects).toEqual(ids.map((_, i) => `Race ${i}`));
    for (const id of ids) expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  test("a mail left mid-send by a deliverer that died is taken again once its claim is stale", async () => {
    const id = await enqueueMail("verify-email", "orphan@example.com", { subject: "Orphan", html: "<p>Orphan</p>", text: "Orphan" });
    const db = await getDb();
    await db
      .update(mailOutbox)
      .set({ status: "sending", attempts: 1, lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(mailOutbox.id, id));
    expect((await deliverDueMail()).sent).toBe(0);
    await db
      .update(mailOutbox)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(mailOutbox.id, id));
    expect((await deliverDueMail()).sent).toBe(1);
    expect(await caught("orphan@example.com")).toHaveLength(1);
  });
});

describe("sandbox inbox", () => {
  beforeAll(async () => {
    await fetch(`${sb.url}/admin/mail`, { method: "DELETE", headers: { "X-API-KEY": KEY } });
    const nodemailer = (await import("nodemailer")).default;
    const transport = nodemailer.createTransport({ host: "localhost", port: sb.smtpPort, secure: false, ignoreTLS: true });
    for (const n of [1, 2]) {
      await transport.sendMail({
        from: "Acme Fitness <no-reply@acme.example>",
        to: `Reader${n}@Example.com`,
        subject: `Welcome ${n}`,
        text: `Confirm: ${link}`,
        html: `<p><a href="${link.replace(/&/g, "&amp;")}">Confirm your email address</a></p><script>alert(1)</script>`,
      });
    }
  });

  test("GET /admin/mail needs the key, lists newest first and filters by recipient", async () => {
    expect((await fetch(`${sb.url}/admin/mail`)).status).toBe(401);
    expect((await caught()).map((m) => m.subject)).toEqual(["Welcome 2", "Welcome 1"]);
    const [one, ...rest] = await caught("READER1@example.com");
    expect(rest).toHaveLength(0);
    expect(one).toMatchObject({ subject: "Welcome 1", to: ["reader1@example.com"] });
    expect(one!.headers.subject).toBe("Welcome 1");
    expect(Date.parse(one!.date)).not.toBeNaN();
  });

  test("the inbox page lists the mail and a message page makes its links clickable", async () => {
    const inbox = await fetch(`${sb.url}/mail`);
    expect(inbox.status).toBe(200);
    const page = await inbox.text();
    expect(page).toContain('lang="en-GB"');
    const ids = [...page.matchAll(/href="\/mail\/([\w-]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    const res = await fetch(`${sb.url}/mail/${ids[1]}`);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'none'");
    const message = await res.text();
    expect(message).toContain("<h1>Welcome 1</h1>");
    expect(message).toContain(`<a href="${link.replace(/&/g, "&#38;")}">`);
    expect(message).toMatch(/<iframe title="Message: Welcome 1" sandbox="[^"]*"/);
    expect(message).not.toMatch(/<script>/);
    expect((await fetch(`${sb.url}/mail/no-such-id`)).status).toBe(404);
  });

  test("POST /admin/reset keeps caught mail unless asked; DELETE /admin/mail empties it", async () => {
    const reset = (body?: unknown) =>
      fetch(`${sb.url}/admin/reset`, {
        method: "POST",
        headers: { "X-API-KEY": KEY, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await reset()).status).toBe(200);
    expect(await caught()).toHaveLength(2);
    expect((await reset({ mail: true })).status).toBe(200);
    expect(await caught()).toHaveLength(0);
    const del = await fetch(`${sb.url}/admin/mail`, { method: "DELETE", headers: { "X-API-KEY": KEY } });
    expect(del.status).toBe(200);
  });
});
