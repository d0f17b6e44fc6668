import type {
  Activity,
  CheckoutSessionRecord,
  OfferRecord,
  OrderRecord,
  SavedCardRecord,
  SeriesRecord,
  SessionRecord,
  Seller,
  Venue,
} from "../store/types";
import { type Html, html, page } from "../http/html";
import { BACK_TO_BROKER, BACK_TO_PROFILE } from "./request";

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const formatPence = (pence: number) => (pence === 0 ? "Free" : money.format(pence / 100));

const whenFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
});

/** "Tuesday 25 November 2026 at 18:00 GMT – 19:00", always in the venue's zone (Europe/London). */
function describeWhen(startIso: string, endIso: string): string {
  return `${whenFormat.format(new Date(startIso))} until ${timeFormat.format(new Date(endIso))}`;
}

/** The hosted pages' look; the Card Details app (sandbox/cards) shares it. */
export const STYLE = `
:root{--ink:#1d2330;--muted:#4a5365;--line:#cfd5e0;--bg:#f4f6fa;--card:#fff;--brand:#1f4fa8;--ok:#176b3a;--bad:#a11d2b}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--brand);color:#fff;padding:.9rem 1.25rem;display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
header .brand{font-weight:700;font-size:1.15rem}
header .badge{font-size:.8rem;border:1px solid #fff;border-radius:999px;padding:.1rem .6rem}
main{max-width:38rem;margin:1.5rem auto;padding:0 1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1.25rem 1.5rem;margin-bottom:1rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:0 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
dt{color:var(--muted)}
dd{margin:0}
.total{font-size:1.25rem;font-weight:700}
label{display:block;font-weight:600;margin-bottom:.3rem}
.hint{color:var(--muted);font-size:.9rem;margin:.2rem 0 .6rem}
input[type=text]{width:100%;font:inherit;font-size:1.1rem;padding:.6rem .7rem;border:2px solid #6b7385;border-radius:.5rem;letter-spacing:.05em}
input[aria-invalid=true]{border-color:var(--bad)}
button,.button{display:inline-block;font:inherit;font-weight:700;background:var(--brand);color:#fff;border:0;border-radius:.5rem;padding:.7rem 1.4rem;cursor:pointer;text-decoration:none;margin-top:1rem}
a{color:var(--brand)}
.button.secondary{background:#fff;color:var(--brand);border:2px solid var(--brand)}
:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
.alert{border:2px solid var(--bad);background:#fdecee;color:var(--bad);border-radius:.5rem;padding:.75rem 1rem;margin-bottom:1rem;font-weight:600}
.success{border-color:var(--ok);background:#e8f5ec;color:var(--ok)}
.links{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend{font-weight:600;margin-bottom:.3rem;padding:0}
.option{display:flex;align-items:center;gap:.6rem;min-height:44px;font-weight:400;margin:0;padding:.2rem 0}
.option input{width:1.3rem;height:1.3rem;margin:0;flex:none}
.pill{display:inline-block;font-size:.8rem;font-weight:700;border:1px solid var(--ok);color:var(--ok);border-radius:999px;padding:.05rem .6rem}
footer{max-width:38rem;margin:0 auto 2rem;padding:0 1rem;color:var(--muted);font-size:.85rem}
`;

/** The page around checkout's content: the broker's name on top, the sandbox's note below. */
function layout(title: string, brokerName: string, main: Html): string {
  return page({
    title: `${title} – ${brokerName}`,
    style: STYLE,
    header: html`<span class="brand">${brokerName}</span><span class="badge">Checkout · imin sandbox</span>`,
    main,
    footer: html`Payments on this page are simulated by the imin sandbox; no money moves.`,
  });
}

export interface PageParts {
  record: CheckoutSessionRecord;
  session: SessionRecord;
  series: SeriesRecord;
  offer: OfferRecord;
  venue: Venue;
  seller: Seller;
  activities: Activity[];
  unitPence: number;
  /** Names of the people booked when the broker named attendees (a group booking); empty otherwise. */
  attendees: string[];
}

function summary(p: PageParts): Html {
  const address = [p.venue.streetAddress, p.venue.addressLocality, p.venue.postalCode]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(", ");
  const activity = p.activities.map((a) => a.prefLabel).join(", ") || p.series.name;
  const total = p.unitPence * p.record.quantity;
  return html`<section class="card" aria-labelledby="summary-heading">
<h2 id="summary-heading">Your booking</h2>
<dl>
<dt>Activity</dt><dd>${activity}</dd>
<dt>Session</dt><dd>${p.series.name}</dd>
<dt>When</dt><dd>${describeWhen(p.session.startDate, p.session.endDate)}</dd>
<dt>Where</dt><dd>${p.venue.name.trim()}${address && html`<br>${address}`}</dd>
<dt>Organiser</dt><dd>${p.seller.name}</dd>
<dt>Ticket</dt><dd>${p.offer.name}${p.record.entitlementPrice && " (your entitlement price)"}${p.record.quantity > 1 && ` × ${p.record.quantity}`}</dd>
${p.attendees.length > 0 && html`<dt>Who is coming</dt><dd>${p.attendees.join(", ")}</dd>\n`}<dt>Price</dt><dd>${formatPence(p.unitPence)}${p.record.quantity > 1 && " each"}</dd>
<dt>Total</dt><dd class="total">${formatPence(total)}</dd>
</dl>
</section>`;
}

function link(record: CheckoutSessionRecord, type: string) {
  return record.navigationLinks.find((l) => l.linkType === type);
}

const expiry = (card: SavedCardRecord) => `${String(card.expMonth).padStart(2, "0")}/${String(card.expYear % 100).padStart(2, "0")}`;

/** The customer's saved cards (default first, checked unless another choice was made) and "Use a new card". */
function savedCardChoices(cards: SavedCardRecord[], selected: string | undefined): Html {
  const chosen = selected ?? cards[0]!.id;
  const options = cards.map(
    (card) => html`<label class="option"><input type="radio" name="paymentMethod" value="${card.id}"${chosen === card.id && html` checked`}>
<span>${card.brand} <span aria-hidden="true">•••• </span><span class="sr-only">ending </span>${card.last4}, expires ${expiry(card)}${card.isDefault && html` <span class="pill">Default</span>`}</span></label>`,
  );
  return html`<fieldset>
<legend>Pay with</legend>
${options.map((o, i) => (i === 0 ? o : html`\n${o}`))}
<label class="option"><input type="radio" name="paymentMethod" value="new"${chosen === "new" && html` checked`}> <span>Use a new card</span></label>
</fieldset>`;
}

export function checkoutPage(
  p: PageParts,
  opts: { error?: string; cardValue?: string; savedCards?: SavedCardRecord[]; paymentMethod?: string } = {},
): string {
  const total = p.unitPence * p.record.quantity;
  const back = link(p.record, BACK_TO_BROKER);
  const error = opts.error && html`<div class="alert" role="alert" id="payment-error">${opts.error}</div>`;
  const saved = opts.savedCards?.length ? opts.savedCards : undefined;
  const action = `/checkout/${encodeURIComponent(p.record.id)}`;
  const form =
    total > 0
      ? html`<form method="post" action="${action}" class="card" aria-labelledby="pay-heading">
<h2 id="pay-heading">Pay by card</h2>
${error}
${saved && savedCardChoices(saved, opts.paymentMethod)}
<label for="card-number">${saved ? "New card number" : "Card number"}</label>
<p class="hint" id="card-hint">${saved && "Only for “Use a new card”. "}Sandbox test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined.</p>
<input type="text" id="card-number" name="cardNumber" inputmode="numeric" autocomplete="cc-number"${!saved && html` required`}
 aria-describedby="card-hint${opts.error && " payment-error"}"${opts.error && html` aria-invalid="true"`} value="${opts.cardValue}">
<button type="submit">Pay ${formatPence(total)}</button>
</form>`
      : html`<form method="post" action="${action}" class="card" aria-labelledby="pay-heading">
<h2 id="pay-heading">Free session</h2>
${error}
<p>This session is free: no payment is needed.</p>
<button type="submit">Confirm booking</button>
</form>`;
  return layout(
    "Checkout",
    p.record.brokerName,
    html`<h1>Check out</h1>
${summary(p)}
${form}
${back && html`<p class="links"><a href="${back.url}">Back to ${p.record.brokerName}</a></p>`}`,
  );
}

export function confirmationPage(p: PageParts, order: OrderRecord): string {
  const back = link(p.record, BACK_TO_BROKER);
  const profile = link(p.record, BACK_TO_PROFILE);
  return layout(
    "Booking confirmed",
    p.record.brokerName,
    html`<h1>Booking confirmed</h1>
<div class="alert success" role="status">You're booked in. A confirmation has been sent to your email address.</div>
<section class="card" aria-labelledby="order-heading">
<h2 id="order-heading">Order details</h2>
<dl>
<dt>Confirmation number</dt><dd><strong>${order.confirmationNumber}</strong></dd>
<dt>Total paid</dt><dd>${formatPence(order.totalPence)}</dd>
${order.paymentCard && html`<dt>Paid with</dt><dd>${order.paymentCard.brand} ending ${order.paymentCard.last4}</dd>`}
</dl>
</section>
${summary(p)}
<nav aria-label="Return to ${p.record.brokerName}" class="links">${profile && html`<a class="button" href="${profile.url}">View my bookings</a>`}
${back && html`<a class="button secondary" href="${back.url}">Back to ${p.record.brokerName}</a>`}</nav>`,
  );
}

export function problemPage(title: string, message: string, brokerName = "imin checkout", backUrl?: string): string {
  return layout(
    title,
    brokerName,
    html`<h1>${title}</h1>
<div class="alert" role="alert">${message}</div>
${backUrl && html`<p><a href="${backUrl}">Back to ${brokerName}</a></p>`}`,
  );
}
