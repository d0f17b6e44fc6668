import { render } from "@react-email/render";
import type { Locale } from "@/lib/i18n/locales";
import { mailBrand, type MailBrand } from "./brand";
import { templates, type MailKind, type MailProps } from "./templates";
import { mailTranslator } from "./words";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: string }[];
}

/**
 * Renders one kind of mail for the broker in the recipient's language: subject, HTML and its
 * plain-text twin. Bad props throw.
 */
export async function renderMail<K extends MailKind>(
  kind: K,
  props: MailProps<K>,
  brand: MailBrand = mailBrand(),
  locale: Locale = "en",
): Promise<RenderedMail> {
  const template = templates[kind];
  const parsed = template.props.safeParse(props);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TypeError(`mail ${kind}: ${issue.path.join(".") || "props"} ${issue.message}`);
  }
  // The union of the templates' prop types collapses here; `parsed.data` was validated for this kind.
  const t = await mailTranslator(locale);
  const element = template.body(brand, parsed.data as never, t, locale);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(brand, parsed.data as never, t), html, text };
}
