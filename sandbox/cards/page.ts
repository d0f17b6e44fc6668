import { STYLE } from "../checkout/page";
import { type Html, html, page } from "../http/html";
import type { SavedCardRecord } from "../store/types";
import type { CardsSession } from "./app-sessions";
import { describeCard, expiryText } from "./saved-cards";

const CARDS_STYLE = `
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.who{display:flex;justify-content:space-between;align-items:center;gap:.75rem;flex-wrap:wrap;margin-bottom:1rem}
.who p{margin:0}
.who button{margin-top:0}
ul.cards{list-style:none;margin:0;padding:0}
ul.cards li{border-top:1px solid var(--line);padding:.9rem 0;display:flex;justify-content:space-between;align-items:center;gap:.75rem;flex-wrap:wrap}
ul.cards li:first-child{border-top:0;padding-top:0}
.card-name{font-weight:700;font-size:1.05rem}
.card-meta{color:var(--muted);font-size:.95rem}
.pill{display:inline-block;font-size:.8rem;font-weight:700;border:1px solid var(--ok);color:var(--ok);border-radius:999px;padding:.05rem .6rem;margin-left:.4rem;vertical-align:middle}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center}
.actions form{margin:0}
.actions button,.actions .button{margin-top:0;min-height:44px;padding:.55rem 1rem}
.field{margin-bottom:1rem}
.field-error{color:var(--bad);font-weight:600;margin:.2rem 0 .4rem}
.check{display:flex;align-items:center;gap:.6rem;min-height:44px;font-weight:600}
.check input{width:1.4rem;height:1.4rem;margin:0}
button,.button{min-height:44px}
header .back{display:inline-flex;align-items:center;min-height:44px;margin-right:1rem;font-weight:600;color:inherit}
.alert ul{margin:.3rem 0 0;padding-left:1.2rem}
.alert a{color:inherit}
`;

/** Every page's way back to the broker's portal (the page that opened the app, when it said so). */
export function withBackLink(pageHtml: string, brokerName: string, href: string | undefined): string {
  if (!href) return pageHtml;
  const link = html`<a class="back" href="${href}">← Back to ${brokerName}</a>`;
  return pageHtml.replace("<header>", `<header>${link}`);
}

function layout(title: string, brokerName: string, main: Html): string {
  return page({
    title: `${title} – ${brokerName}`,
    style: STYLE + CARDS_STYLE,
    header: html`<span class="brand">${brokerName}</span><span class="badge">Card Details · imin sandbox</span>`,
    main,
    footer: html`Cards on this page are simulated by the imin sandbox: only the card type, last four digits and expiry are kept.`,
  });
}

/** "Visa •••• 4242" on screen, "Visa ending 4242" to a screen reader. */
function cardLabel(card: SavedCardRecord): Html {
  return html`${card.brand} <span aria-hidden="true">•••• </span><span class="sr-only">ending </span>${card.last4}`;
}

export interface AddCardForm {
  number?: string;
  expiry?: string;
  makeDefault?: boolean;
  error?: { field: "number" | "expiry"; message: string };
}

function addCardForm(session: CardsSession, form: AddCardForm): Html {
  const err = form.error;
  const invalid = (field: "number" | "expiry") => err?.field === field && html` aria-invalid="true"`;
  const described = (field: "number" | "expiry", hint: string) =>
    html` aria-describedby="${hint}${err?.field === field && ` ${field}-error`}"`;
  const fieldError = (field: "number" | "expiry") =>
    err?.field === field && html`<p class="field-error" id="${field}-error">${err.message}</p>`;
  return html`<form method="post" action="/cards/add" class="card" aria-labelledby="add-heading" novalidate>
<h2 id="add-heading">Add a card</h2>
${err && html`<div class="alert" role="alert" id="add-error">The card was not saved.<ul><li><a href="#card-${err.field}">${err.message}</a></li></ul></div>`}
<input type="hidden" name="csrf" value="${session.csrfToken}">
<div class="field">
<label for="card-number">Card number</label>
<p class="hint" id="number-hint">Sandbox test cards: 4242 4242 4242 4242 is approved; 4000 0000 0000 0002 is declined.</p>
${fieldError("number")}
<input type="text" id="card-number" name="number" inputmode="numeric" autocomplete="cc-number" required${invalid("number")}${described("number", "number-hint")} value="${form.number}">
</div>
<div class="field">
<label for="card-expiry">Expiry date</label>
<p class="hint" id="expiry-hint">Month and year, as on the card: MM/YY.</p>
${fieldError("expiry")}
<input type="text" id="card-expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM/YY" required${invalid("expiry")}${described("expiry", "expiry-hint")} value="${form.expiry}">
</div>
<label class="check"><input type="checkbox" name="makeDefault" value="yes"${form.makeDefault && html` checked`}> Make this my default card</label>
<button type="submit">Save card</button>
</form>`;
}

function cardList(session: CardsSession, cards: SavedCardRecord[]): Html {
  if (cards.length === 0) return html`<p>You have no saved cards yet. Add one below to pay without typing it at checkout.</p>`;
  const items = cards.map((card, i) => {
    const name = `${describeCard(card)} (expires ${expiryText(card)})`;
    const makeDefault =
      !card.isDefault &&
      html`<form method="post" action="/cards/${encodeURIComponent(card.id)}/default">
<input type="hidden" name="csrf" value="${session.csrfToken}">
<button type="submit" class="button secondary" aria-label="Make default: ${name}">Make default</button>
</form>`;
    return html`${i > 0 && "\n"}<li>
<div><span class="card-name">${cardLabel(card)}</span>${card.isDefault && html`<span class="pill">Default</span>`}
<div class="card-meta">Expires ${expiryText(card)}</div></div>
<div class="actions">${makeDefault}<a class="button secondary" href="/cards/${encodeURIComponent(card.id)}/delete" aria-label="Delete: ${name}">Delete</a></div>
</li>`;
  });
  return html`<ul class="cards" aria-label="Saved cards">${items}</ul>`;
}

export function displayName(session: Pick<CardsSession, "givenName" | "familyName" | "email">): string {
  return [session.givenName, session.familyName].filter(Boolean).join(" ") || session.email || "your account";
}

function signedInBar(session: CardsSession): Html {
  return html`<div class="who">
<p>Signed in as <strong>${displayName(session)}</strong></p>
<form method="post" action="/cards/sign-out"><input type="hidden" name="csrf" value="${session.csrfToken}"><button type="submit" class="button secondary">Sign out</button></form>
</div>`;
}

export function cardsPage(
  brokerName: string,
  session: CardsSession,
  cards: SavedCardRecord[],
  form: AddCardForm = {},
  flash?: string,
): string {
  return layout(
    "Payment cards",
    brokerName,
    html`${signedInBar(session)}
<h1>Payment cards</h1>
${flash && html`<div class="alert success" role="status">${flash}</div>`}
<section class="card" aria-labelledby="saved-heading">
<h2 id="saved-heading">Saved cards</h2>
${cardList(session, cards)}
</section>
${addCardForm(session, form)}`,
  );
}

export function confirmDeletePage(brokerName: string, session: CardsSession, card: SavedCardRecord): string {
  return layout(
    "Delete card",
    brokerName,
    html`<h1>Delete this card?</h1>
<section class="card" aria-labelledby="delete-heading">
<h2 id="delete-heading"><span class="card-name">${cardLabel(card)}</span></h2>
<p>Expires ${expiryText(card)}.${card.isDefault && " It is your default card."} You will need to type it again to pay with it.</p>
<div class="actions">
<form method="post" action="/cards/${encodeURIComponent(card.id)}/delete">
<input type="hidden" name="csrf" value="${session.csrfToken}">
<button type="submit">Delete card</button>
</form>
<a class="button secondary" href="/cards">Keep it</a>
</div>
</section>`,
  );
}

export function signInPage(brokerName: string): string {
  return layout(
    "Sign in",
    brokerName,
    html`<h1>Payment cards</h1>
<section class="card" aria-labelledby="signin-heading">
<h2 id="signin-heading">You are not signed in</h2>
<p>Your saved cards belong to your ${brokerName} account. Sign in there and you will come straight back here.</p>
<a class="button" href="/cards/sign-in">Sign in at ${brokerName}</a>
</section>`,
  );
}

export function cardsProblemPage(brokerName: string, title: string, message: string, retry = true): string {
  return layout(
    title,
    brokerName,
    html`<h1>${title}</h1>
<div class="alert" role="alert">${message}</div>
${retry && html`<p><a class="button" href="/cards">Try again</a></p>`}`,
  );
}

export function signedOutPage(brokerName: string, name: string): string {
  return layout(
    "Signed out",
    brokerName,
    html`<h1>Signed out</h1>
<div class="alert success" role="status">${name}, you have left Payment cards. You are still signed in at ${brokerName}.</div>
<p><a class="button secondary" href="/cards">Open payment cards again</a></p>`,
  );
}
