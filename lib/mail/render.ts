import { render } from "@react-email/render";
import { mailBrand, type MailBrand } from "./brand";
import { templates, type MailKind, type MailProps } from "./templates";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** Renders one kind of mail for the broker: subject, HTML and its plain-text twin. Bad props throw. */
export async function renderMail<K extends MailKind>(kind: K, props: MailProps<K>, brand: MailBrand = mailBrand()): Promise<RenderedMail> {
  const template = templates[kind];
  const parsed = template.props.safeParse(props);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TypeError(`mail ${kind}: ${issue.path.join(".") || "props"} ${issue.message}`);
  }
  // The union of the templates' prop types collapses here; `parsed.data` was validated for this kind.
  const element = template.body(brand, parsed.data as never);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(brand, parsed.data as never), html, text };
}
