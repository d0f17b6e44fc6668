import type { Context, Hono } from "hono";
import type { SandboxContext } from "../context";
import { findSession } from "../events-api/routes";
import { bookability } from "../events-api/render";
import { type Html, html, page } from "../http/html";
import type { CheckoutSessionRecord, OfferRecord, OrderRecord, SessionRecord } from "../store/types";
import { STYLE } from "./page";
import { payCheckout } from "./pay";

/**
 * Guest Checkout: the page a broker's "Book" button opens for a visitor without an account, from a
 * bookable ScheduledSession's `imin:checkoutUrlTemplate` (`{checkoutBaseUrl}/checkout/v1/scheduled-sessions/<identifier>`).
 * The guest picks a ticket anyone may buy (no members-only ones: nobody's memberships are known),
 * gives a name and an email address, pays with a sandbox test card, and is booked.
 *
 * Sandbox decision (imin's own return mechanism for guest checkout is not documented): the broker
 * may add `returnUrl` (http or https) to the template's URL; after paying, "Back to the broker"
 * goes there with `orderNumber` and `email` added, so the broker can offer an account.
 */

interface GuestCheckout {
  email: string;
  returnUrl?: string;
}

/** Per sandbox (a reset makes a new context): the guest details of each paid guest checkout. */
const guestsByContext = new WeakMap<SandboxContext, Map<string, GuestCheckout>>();

function guests(ctx: SandboxContext): Map<string, GuestCheckout> {
  const map = guestsByContext.get(ctx) ?? new Map<string, GuestCheckout>();
  guestsByContext.set(ctx, map);
  return map;
}

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const formatPence = (pence: number) => (pence === 0 ? "Free" : money.format(pence / 100));
const when = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function httpUrl(value: string | undefined): string | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function layout(title: string, main: Html): string {
  return page({
    title: `${title} – imin checkout`,
    style: STYLE,
    header: html`<span class="brand">Checkout</span><span class="badge">Guest checkout · imin sandbox</span>`,
    main,
    footer: html`Payments on this page are simulated by the imin sandbox; no money moves.`,
  });
}

function send(c: Context, body: string, status: 200 | 400 | 402 | 404 | 409 = 200): Response {
  return c.html(body, status, { "cache-control": "no-store" });
}

function problem(c: Context, title: string, message: string, status: 404 | 409): Response {
  return send(c, layout(title, html`<h1>${title}</h1><div class="alert" role="alert">${message}</div>`), status);
}

interface Form {
  offerId?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  cardNumber?: string;
}

function formPage(session: SessionRecord, name: string, offers: OfferRecord[], action: string, form: Form, error?: string): string {
  const chosen = form.offerId ?? offers[0]?.id;
  const field = (id: keyof Form, label: string, type: string, autocomplete: string) =>
    html`<label for="${id}">${label}</label>
<input type="${type === "email" ? "text" : type}" id="${id}" name="${id}" autocomplete="${autocomplete}"${type === "email" && html` inputmode="email"`} value="${form[id]}" required>`;
  return layout(
    "Book as a guest",
    html`<h1>Book as a guest</h1>
<section class="card" aria-labelledby="summary-heading">
<h2 id="summary-heading">${name}</h2>
<p>${when.format(new Date(session.startDate))}</p>
</section>
<form method="post" action="${action}" class="card" aria-labelledby="details-heading">
<h2 id="details-heading">Your details</h2>
${error && html`<div class="alert" role="alert" id="guest-error">${error}</div>`}
<fieldset>
<legend>Ticket</legend>
${offers.map(
  (o) =>
    html`<label class="option"><input type="radio" name="offerId" value="${o.id}"${o.id === chosen && html` checked`}> <span>${o.name}: ${formatPence(o.pricePence)}</span></label>`,
)}
</fieldset>
${field("givenName", "First name", "text", "given-name")}
${field("familyName", "Last name", "text", "family-name")}
${field("email", "Email (your confirmation goes here)", "email", "email")}
<label for="cardNumber">Card number</label>
<p class="hint" id="card-hint">Not needed for a free ticket. Sandbox test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined.</p>
<input type="text" id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" aria-describedby="card-hint" value="${form.cardNumber}">
<button type="submit">Book and pay</button>
</form>`,
  );
}

function confirmation(order: OrderRecord, name: string, guest: GuestCheckout): string {
  let back: string | undefined;
  if (guest.returnUrl) {
    const url = new URL(guest.returnUrl);
    url.searchParams.set("orderNumber", order.confirmationNumber);
    url.searchParams.set("email", guest.email);
    back = url.toString();
  }
  return layout(
    "Booking confirmed",
    html`<h1>Booking confirmed</h1>
<div class="alert success" role="status">You're booked in on ${name}. A confirmation goes to ${guest.email}.</div>
<section class="card" aria-labelledby="order-heading">
<h2 id="order-heading">Order details</h2>
<dl>
<dt>Confirmation number</dt><dd><strong>${order.confirmationNumber}</strong></dd>
<dt>Total paid</dt><dd>${formatPence(order.totalPence)}</dd>
</dl>
</section>
${back && html`<p class="links"><a class="button" href="${back}">Back to the broker</a></p>`}`,
  );
}

export function registerGuestCheckout(app: Hono, ctx: SandboxContext): void {
  const opportunity = (c: Context) => {
    const session = findSession(ctx, c.req.param("identifier") ?? "");
    if (!session) return undefined;
    const series = ctx.store.seriesOf(session);
    return { session, series, offers: series.offers.filter((o) => !o.membershipRequired) };
  };

  app.get("/checkout/v1/scheduled-sessions/:identifier", (c) => {
    const found = opportunity(c);
    if (!found) return problem(c, "Session not found", "This session is not known to imin.", 404);
    const state = bookability(found.session, found.series, ctx.clock.now().getTime());
    if (!state.bookable || found.offers.length === 0) {
      return problem(c, "Booking not possible", "This session can no longer be booked as a guest.", 409);
    }
    const url = new URL(c.req.url);
    return send(c, formPage(found.session, found.series.name, found.offers, `${url.pathname}${url.search}`, {}));
  });

  app.post("/checkout/v1/scheduled-sessions/:identifier", async (c) => {
    const found = opportunity(c);
    if (!found) return problem(c, "Session not found", "This session is not known to imin.", 404);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const text = (name: string, max = 200) => (typeof body[name] === "string" ? (body[name] as string).trim().slice(0, max) : undefined);
    const form: Form = {
      offerId: text("offerId", 500),
      givenName: text("givenName"),
      familyName: text("familyName"),
      email: text("email", 254),
      cardNumber: text("cardNumber", 64),
    };
    const url = new URL(c.req.url);
    const again = (message: string, status: 400 | 402 | 409 = 400) =>
      send(c, formPage(found.session, found.series.name, found.offers, `${url.pathname}${url.search}`, form, message), status);
    const offer = found.offers.find((o) => o.id === form.offerId);
    if (!offer) return again("Choose a ticket.");
    if (!form.givenName || !form.familyName) return again("Enter your first and last name.");
    if (!form.email || !EMAIL.test(form.email)) return again("Enter an email address, like name@example.com.");
    const record: CheckoutSessionRecord = {
      id: ctx.store.newId("cs-guest-"),
      customerId: ctx.store.newId("guest-"),
      sessionId: found.session.id,
      offerId: offer.id,
      quantity: 1,
      attendeeIds: [],
      brokerName: "imin checkout",
      navigationLinks: [],
      createdAt: ctx.clock.nowIso(),
    };
    const outcome = payCheckout(ctx, record, form.cardNumber);
    if (outcome.kind === "unavailable") return again(outcome.message, 409);
    if (outcome.kind !== "paid") return again(outcome.message, outcome.kind === "declined" ? 402 : 400);
    // The guest is the attendee (no Customer Account holds this order).
    for (const item of outcome.order.items) {
      item.attendee = { givenName: form.givenName, familyName: form.familyName, email: form.email, identifier: record.customerId };
    }
    guests(ctx).set(record.id, { email: form.email, returnUrl: httpUrl(new URL(c.req.url).searchParams.get("returnUrl") ?? undefined) });
    return c.redirect(`/checkout/v1/guest-orders/${encodeURIComponent(record.id)}`, 303);
  });

  app.get("/checkout/v1/guest-orders/:id", (c) => {
    const id = c.req.param("id");
    const record = ctx.store.checkoutSessions.get(id);
    const guest = guests(ctx).get(id);
    const order = record?.orderId ? ctx.store.orders.get(record.orderId) : undefined;
    if (!record || !guest || !order) return problem(c, "Order not found", "This confirmation link is not valid.", 404);
    const session = ctx.store.sessionById(record.sessionId);
    const name = session ? ctx.store.seriesOf(session).name : "your session";
    return send(c, confirmation(order, name, guest));
  });
}
