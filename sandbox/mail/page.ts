import { type Html, html, page } from "../http/html";
import type { CaughtMail } from "./mailbox";

const STYLE = `
:root{--ink:#1d2330;--muted:#4a5365;--line:#cfd5e0;--bg:#f4f6fa;--card:#fff;--brand:#1f4fa8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--brand);color:#fff;padding:.9rem 1.25rem;display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
header a{color:#fff;font-weight:700;font-size:1.15rem}
main{max-width:52rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:var(--brand)}
:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
.hint{color:var(--muted)}
ol.inbox{list-style:none;margin:0;padding:0;background:var(--card);border:1px solid var(--line);border-radius:.75rem}
ol.inbox li{padding:.75rem 1rem;border-top:1px solid var(--line)}
ol.inbox li:first-child{border-top:0}
ol.inbox a{font-weight:700}
.meta{color:var(--muted);font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
iframe{width:100%;height:36rem;border:1px solid var(--line);border-radius:.5rem;background:#fff;resize:vertical}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;font-size:.9rem}
ul.links{padding-left:1.25rem}
ul.links li{overflow-wrap:anywhere;margin:.25rem 0}
`;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/London" });

function layout(title: string, main: Html): string {
  return page({
    title: `${title} – imin sandbox mail`,
    style: STYLE,
    header: html`<a href="/mail">Sandbox inbox</a><span>Mail sent by the portal, caught by the imin sandbox</span>`,
    main,
  });
}

export function inboxPage(messages: CaughtMail[], to?: string): string {
  const items = messages.map(
    (m, i) => html`${i > 0 && "\n"}<li><a href="/mail/${encodeURIComponent(m.id)}">${m.subject || "(no subject)"}</a>
<div class="meta">To ${m.to.join(", ")} · <time datetime="${m.date}">${dateFormat.format(new Date(m.date))}</time></div></li>`,
  );
  const list = messages.length
    ? html`<ol class="inbox" aria-label="Messages, newest first">${items}</ol>`
    : html`<p>No mail yet. Mail the portal sends (verification links, password resets) appears here.</p>`;
  return layout(
    to ? `Mail to ${to}` : "Inbox",
    html`<h1>${to ? `Mail to ${to}` : "Sandbox inbox"}</h1>
<p class="hint">${messages.length} message${messages.length !== 1 && "s"}, newest first. Reload to see new mail.</p>
${list}`,
  );
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

export function messagePage(m: CaughtMail): string {
  const links = [...new Set(m.text.match(URL_IN_TEXT) ?? [])];
  return layout(
    m.subject || "(no subject)",
    html`<p><a href="/mail">Back to the inbox</a></p>
<h1>${m.subject || "(no subject)"}</h1>
<dl>
<dt>From</dt><dd>${m.from}</dd>
<dt>To</dt><dd>${m.to.join(", ")}</dd>
<dt>Received</dt><dd><time datetime="${m.date}">${dateFormat.format(new Date(m.date))}</time></dd>
</dl>
${
  links.length > 0 &&
  html`<h2>Links in this message</h2>
<ul class="links">${links.map((u) => html`<li><a href="${u}">${u}</a></li>`)}</ul>`
}
${
  m.html &&
  html`<h2>As the customer sees it</h2>
<iframe title="Message: ${m.subject}" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${m.html}"></iframe>`
}
<h2>Plain text</h2>
<pre>${m.text}</pre>`,
  );
}

export function missingPage(): string {
  return layout("Not found", html`<h1>This message is not here</h1><p>It may have been cleared. <a href="/mail">Back to the inbox</a></p>`);
}
