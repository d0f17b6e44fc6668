import { describe, expect, test } from "vitest";
import { parseBrokerConfig } from "@/lib/broker/config";
import { contrastRatio } from "@/lib/broker/contrast";
import { mailBrand } from "@/lib/mail/brand";
import { renderMail } from "@/lib/mail/render";
import { templates, type MailKind } from "@/lib/mail/templates";
import acme from "@/brands/default.json";
import en from "@/messages/en.json";

const brand = mailBrand(parseBrokerConfig(acme), "https://account.acme.example");
const link = "https://account.acme.example/verify?token=abc123&from=mail";

const samples: { [K in MailKind]: Parameters<typeof renderMail<K>>[1] } = {
  "verify-email": { verifyUrl: link },
  "reset-password": { name: "Alex", resetUrl: link },
  "confirm-email-change": { confirmUrl: link, newEmail: "new@example.com" },
  "email-changed": { newEmail: "new@example.com" },
  "sign-up-attempt": { name: "Alex", signInUrl: link, forgotPasswordUrl: link },
  "booking-reminder": {
    name: "Alex",
    title: "Yoga Flow",
    when: "Tue 24 Nov 2026, 18:00–19:00 GMT",
    venue: "Riverside Leisure Centre",
    cancellable: true,
    bookingsUrl: link,
    unsubscribeUrl: link,
  },
  "booking-cancelled": {
    title: "Yoga Flow",
    when: "Tue 24 Nov 2026, 18:00–19:00 GMT",
    organizer: "Northern Active",
    message: "The instructor is ill.",
    orderUrl: link,
    unsubscribeUrl: link,
  },
  "account-notice": {
    message: "Northern Active disconnected your account.",
    pageUrl: link,
    page: "sellers",
    unsubscribeUrl: link,
  },
  "evidence-deadline": {
    name: "Alex",
    seller: "Northern Active",
    entitlement: "Concession",
    deadline: "Thu 3 Dec 2026, 17:00 GMT",
    sellersUrl: link,
    unsubscribeUrl: link,
  },
};

/** The English words of the mail catalogue: each message's literal runs of 2+ words (its arguments and plural bodies left out). */
function englishPhrases(tree: object): string[] {
  const out: string[] = [];
  for (const value of Object.values(tree)) {
    if (typeof value !== "string") {
      out.push(...englishPhrases(value));
      continue;
    }
    let flat = value;
    // Innermost braces first, until no ICU argument is left.
    while (/\{[^{}]*\}/.test(flat)) flat = flat.replace(/\{[^{}]*\}/g, "\u0000");
    for (const run of flat.split("\u0000")) {
      const words = run
        .replace(/<\/?\w+>/g, "")
        .trim()
        .replace(/^[^\w]+|[^\w]+$/g, "");
      if (words.split(/\s+/).length >= 2) out.push(words);
    }
  }
  return out;
}
const ENGLISH_MAIL = englishPhrases(en.mail);

describe.each(Object.keys(templates) as MailKind[])("%s mail", (kind) => {
  test("in Welsh: Welsh subject, body and footer, lang cy-GB, no English words of the catalogue", async () => {
    const { html, text, subject } = await renderMail(kind, samples[kind] as never, brand, "cy");
    expect(html).toMatch(/<html[^>]*lang="cy-GB"/);
    const english = await renderMail(kind, samples[kind] as never, brand, "en");
    expect(subject).not.toBe(english.subject);
    expect(text).toContain("Telerau");
    expect(ENGLISH_MAIL.filter((phrase) => text.includes(phrase) || subject.includes(phrase))).toEqual([]);
    expect(text).not.toMatch(/\bundefined\b|\{|\}/);
  });

  test("is accessible HTML with no unresolved placeholders", async () => {
    const { html, text, subject } = await renderMail(kind, samples[kind] as never, brand);
    expect(html).toMatch(/<html[^>]*lang="en-GB"/);
    // The logo is absolute (mail clients have no base URL) and named for screen readers.
    expect(html).toContain('src="https://account.acme.example/brand/acme-logo.svg"');
    expect(html).toMatch(/<img[^>]*alt="Acme Fitness"/);
    // Layout tables are presentation only.
    for (const table of html.match(/<table[^>]*>/g) ?? []) expect(table).toContain('role="presentation"');
    // Every link has words a listener can follow.
    for (const [, inner] of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)) {
      expect(inner!.replace(/<[^>]+>/g, "").trim().length + (inner!.includes("<img") ? 1 : 0)).toBeGreaterThan(0);
    }
    for (const out of [html, text, subject]) {
      expect(out).not.toMatch(/\{\{|\}\}|\bundefined\b|\bnull\b|\[object Object\]|NaN/);
    }
    expect(subject).toContain("Acme Fitness");
    expect(text).toContain("support@acme-fitness.example");
    expect(text).not.toMatch(/<[a-z]/i);
  });
});

describe("mail content", () => {
  test("the reminder says until when it can be cancelled online, or that it can until it starts, or not at all", async () => {
    const base = samples["booking-reminder"];
    const until = await renderMail("booking-reminder", { ...base, cancelUntil: "Mon 23 Nov 2026, 18:00 GMT" }, brand);
    expect(until.text).toContain("You can cancel online until Mon 23 Nov 2026, 18:00 GMT");
    const open = await renderMail("booking-reminder", base, brand);
    expect(open.text).toContain("You can cancel online from your bookings page until it starts");
    const closed = await renderMail("booking-reminder", { ...base, cancellable: false, cancelUntil: "Mon 23 Nov 2026, 18:00 GMT" }, brand);
    expect(closed.text).toContain("can no longer be cancelled online");
    expect(closed.text).not.toContain("cancel online until");
  });

  test("the link is in the HTML and the plain text, escaped only where HTML needs it", async () => {
    const { html, text } = await renderMail("verify-email", { verifyUrl: link }, brand);
    expect(html).toContain('href="https://account.acme.example/verify?token=abc123&amp;from=mail"');
    expect(text).toContain(link);
    expect(text).toContain("24 hours");
    expect(html).toContain("Hello,");
  });

  test("Welsh: the reminder's subject, the plural of hours, the help-centre link and the unsubscribe line", async () => {
    const reminder = await renderMail(
      "booking-reminder",
      { ...samples["booking-reminder"], when: "Maw 24 Tach 2026, 18:00–19:00 GMT" },
      brand,
      "cy",
    );
    expect(reminder.subject).toBe("Nodyn atgoffa: Yoga Flow, Maw 24 Tach 2026, 18:00–19:00 GMT (Acme Fitness)");
    expect(reminder.text).toContain("Helo Alex,");
    expect(reminder.text).toContain("yn Riverside Leisure Centre");
    expect(reminder.text).toContain("Ddim eisiau nodiadau atgoffa am archebion?");
    const reset = await renderMail("reset-password", { resetUrl: link }, brand, "cy");
    expect(reset.text).toContain("am 1 awr");
    const verify = await renderMail("verify-email", { verifyUrl: link }, brand, "cy");
    expect(verify.text).toContain("am 24 awr");
    expect(verify.html).toContain('href="https://account.acme.example/verify?token=abc123&amp;from=mail"');
  });

  test("reset says how long it works and what to do if it was not you", async () => {
    const { text } = await renderMail("reset-password", { resetUrl: link }, brand);
    expect(text).toContain("1 hour");
    expect(text).toMatch(/if this wasn't you, ignore this email/i);
  });

  test("customer-supplied text is escaped, and links must be absolute http(s)", async () => {
    const { html } = await renderMail("reset-password", { name: "<b>Eve</b>", resetUrl: link }, brand);
    expect(html).not.toContain("<b>Eve</b>");
    expect(html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
    await expect(renderMail("verify-email", { verifyUrl: "javascript:alert(1)" }, brand)).rejects.toThrow(/verifyUrl/);
    await expect(renderMail("verify-email", { verifyUrl: "/verify?token=x" }, brand)).rejects.toThrow(/verifyUrl/);
  });

  test("button and link colours stay readable for any brand colours", async () => {
    const pale = mailBrand(
      parseBrokerConfig({ ...acme, colors: { primary: "#fde047", accent: "#f59e0b", background: "#ffffff" } }),
      "https://account.acme.example",
    );
    expect(contrastRatio(pale.colors.onButton, pale.colors.button)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(pale.colors.link, pale.colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(pale.colors.text, pale.colors.background)).toBeGreaterThanOrEqual(4.5);
    const { html } = await renderMail("verify-email", { verifyUrl: link }, pale);
    expect(html).toContain(`background-color:${pale.colors.button}`);
  });
});
