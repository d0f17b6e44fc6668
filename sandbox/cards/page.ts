import { escapeHtml, STYLE } from "../checkout/page";
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
.alert ul{margin:.3rem 0 0;padding-left:1.2rem}
.alert a{color:inherit}
`;

function layout(title: string, brokerName: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(brokerName)}</title>
<style>${STYLE}${CARDS_STYLE}</style>
</head>
<body>
<header><span class="brand">${escapeHtml(brokerName)}</span><span class="badge">Card Details · imin sandbox</span></header>
<main id="main">
${body}
</main>
<footer>Cards on this page are simulated by the imin sandbox: only the card type, last four digits and expiry are kept.</footer>
</body>
</html>`;
}

/** "Visa •••• 4242" on screen, "Visa ending 4242" to a screen reader. */
function cardLabel(card: SavedCardRecord): string {
  return `${escapeHtml(card.brand)} <span aria-hidden="true">•••• </span><span class="sr-only">ending </span>${escapeHtml(card.last4)}`;
}

export interface AddCardForm {
  number?: string;
  expiry?: string;
  makeDefault?: boolean;
  error?: { field: "number" | "expiry"; message: string };
}

function addCardForm(session: CardsSession, form: AddCardForm): string {
  const err = form.error;
  const invalid = (field: "number" | "expiry") => (err?.field === field ? ' aria-invalid="true"' : "");
  const described = (field: "number" | "expiry", hint: string) =>
    ` aria-describedby="${hint}${err?.field === field ? ` ${field}-error` : ""}"`;
  const fieldError = (field: "number" | "expiry") =>
    err?.field === field ? `<p class="field-error" id="${field}-error">${escapeHtml(err.message)}</p>` : "";
  return `<form method="post" action="/cards/add" class="card" aria-labelledby="add-heading" novalidate>
<h2 id="add-heading">Add a card</h2>
${
  err
    ? `<div class="alert" role="alert" id="add-error">The card was not saved.<ul><li><a href="#card-${err.field}">${escapeHtml(err.message)}</a></li></ul></div>`
    : ""
}
<input type="hidden" name="csrf" value="${escapeHtml(session.csrfToken)}">
<div class="field">
<label for="card-number">Card number</label>
<p class="hint" id="number-hint">Sandbox test cards: 4242 4242 4242 4242 is approved; 4000 0000 0000 0002 is declined.</p>
${fieldError("number")}
<input type="text" id="card-number" name="number" inputmode="numeric" autocomplete="cc-number" required${invalid("number")}${described("number", "number-hint")} value="${escapeHtml(form.number)}">
</div>
<div class="field">
<label for="card-expiry">Expiry date</label>
<p class="hint" id="expiry-hint">Month and year, as on the card: MM/YY.</p>
${fieldError("expiry")}
<input type="text" id="card-expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM/YY" required${invalid("expiry")}${described("expiry", "expiry-hint")} value="${escapeHtml(form.expiry)}">
</div>
<label class="check"><input type="checkbox" name="makeDefault" value="yes"${form.makeDefault ? " checked" : ""}> Make this my default card</label>
<button type="submit">Save card</button>
</form>`;
}

function cardList(session: CardsSession, cards: SavedCardRecord[]): string {
  if (cards.length === 0) return `<p>You have no saved cards yet. Add one below to pay without typing it at checkout.</p>`;
  const items = cards.map((card) => {
    const name = `${describeCard(card)} (expires ${expiryText(card)})`;
    const makeDefault = card.isDefault
      ? ""
      : `<form method="post" action="/cards/${encodeURIComponent(card.id)}/default">
<input type="hidden" name="csrf" value="${escapeHtml(session.csrfToken)}">
<button type="submit" class="button secondary" aria-label="Make default: ${escapeHtml(name)}">Make default</button>
</form>`;
    return `<li>
<div><span class="card-name">${cardLabel(card)}</span>${card.isDefault ? '<span class="pill">Default</span>' : ""}
<div class="card-meta">Expires ${escapeHtml(expiryText(card))}</div></div>
<div class="actions">${makeDefault}<a class="button secondary" href="/cards/${encodeURIComponent(card.id)}/delete" aria-label="Delete: ${escapeHtml(name)}">Delete</a></div>
</li>`;
  });
  return `<ul class="cards" aria-label="Saved cards">${items.join("\n")}</ul>`;
}

export function displayName(session: Pick<CardsSession, "givenName" | "familyName" | "email">): string {
  return [session.givenName, session.familyName].filter(Boolean).join(" ") || session.email || "your account";
}

function signedInBar(session: CardsSession): string {
  return `<div class="who">
<p>Signed in as <strong>${escapeHtml(displayName(session))}</strong></p>
<form method="post" action="/cards/sign-out"><input type="hidden" name="csrf" value="${escapeHtml(session.csrfToken)}"><button type="submit" class="button secondary">Sign out</button></form>
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
    `${signedInBar(session)}
<h1>Payment cards</h1>
${flash ? `<div class="alert success" role="status">${escapeHtml(flash)}</div>` : ""}
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
    `<h1>Delete this card?</h1>
<section class="card" aria-labelledby="delete-heading">
<h2 id="delete-heading"><span class="card-name">${cardLabel(card)}</span></h2>
<p>Expires ${escapeHtml(expiryText(card))}.${card.isDefault ? " It is your default card." : ""} You will need to type it again to pay with it.</p>
<div class="actions">
<form method="post" action="/cards/${encodeURIComponent(card.id)}/delete">
<input type="hidden" name="csrf" value="${escapeHtml(session.csrfToken)}">
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
    `<h1>Payment cards</h1>
<section class="card" aria-labelledby="signin-heading">
<h2 id="signin-heading">You are not signed in</h2>
<p>Your saved cards belong to your ${escapeHtml(brokerName)} account. Sign in there and you will come straight back here.</p>
<a class="button" href="/cards/sign-in">Sign in at ${escapeHtml(brokerName)}</a>
</section>`,
  );
}

export function cardsProblemPage(brokerName: string, title: string, message: string, retry = true): string {
  return layout(
    title,
    brokerName,
    `<h1>${escapeHtml(title)}</h1>
<div class="alert" role="alert">${escapeHtml(message)}</div>
${retry ? '<p><a class="button" href="/cards">Try again</a></p>' : ""}`,
  );
}

export function signedOutPage(brokerName: string, name: string): string {
  return layout(
    "Signed out",
    brokerName,
    `<h1>Signed out</h1>
<div class="alert success" role="status">${escapeHtml(name)}, you have left Payment cards. You are still signed in at ${escapeHtml(brokerName)}.</div>
<p><a class="button secondary" href="/cards">Open payment cards again</a></p>`,
  );
}
