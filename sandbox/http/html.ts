/**
 * The sandbox's hosted pages (checkout, card details, seller sign-in, mail) are written with one
 * tagged template, `html`, that escapes every value put into it: a page can only hold markup the
 * sandbox wrote itself. Values that are `Html` already (a nested `html` fragment) go in as they are.
 */

/** Markup that is safe to place in a page: written by `html` (values escaped) or trusted by `raw`. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may stand in `${…}`: text is escaped, `Html` kept, lists joined; absent values and `false` give nothing. */
type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

/** Escapes the five characters that matter in text and in quoted attribute values. */
function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(value as string | number);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup the sandbox itself wrote as a constant (a stylesheet), never anything a request carried. */
function raw(markup: string): Html {
  return new Html(markup);
}

interface PageShell {
  /** The whole `<title>`. */
  title: string;
  /** The page's stylesheet: a constant of the sandbox. */
  style: string;
  /** Inside `<header>`, above the main content. */
  header?: Html;
  main: Html;
  /** Inside `<footer>`, below the main content. */
  footer?: Html;
  /** Links from this page send no Referer (the seller pages carry a token in their URL). */
  noReferrer?: boolean;
}

/** Every hosted page of the sandbox: an accessible, plain HTML document around its main content. */
export function page(p: PageShell): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.noReferrer && html`<meta name="referrer" content="no-referrer">\n`}<title>${p.title}</title>
<style>${raw(p.style)}</style>
</head>
<body>
${p.header && html`<header>${p.header}</header>\n`}<main id="main">
${p.main}
</main>
${p.footer && html`<footer>${p.footer}</footer>\n`}</body>
</html>`.markup;
}
