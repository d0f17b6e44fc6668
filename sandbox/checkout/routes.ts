import type { Context, Hono } from "hono";
import type { SandboxContext } from "../context";
import { iminError } from "../http/errors";
import { parseJsonBody } from "../http/validate";
import type { CheckoutSessionRecord } from "../store/types";
import { decideCheckout, sessionParts, unitPricePence } from "./create";
import { checkoutPage, confirmationPage, problemPage, type PageParts } from "./page";
import { registerGuestCheckout } from "./guest";
import { payCheckout } from "./pay";
import { cardsOfCustomer } from "../cards/saved-cards";
import { BACK_TO_BROKER, checkoutSessionRequest, normalizeKeywords } from "./request";
import { z } from "zod";

/** Accepts anything JSON; the real checks run after keyword normalisation. */
const anyJson = z.unknown();

function html(c: Context, body: string, status: 200 | 400 | 402 | 404 | 409 = 200): Response {
  return c.html(body, status, { "cache-control": "no-store" });
}

function pageParts(ctx: SandboxContext, record: CheckoutSessionRecord): PageParts | undefined {
  const parts = sessionParts(ctx, record);
  if (!parts) return undefined;
  const attendees = record.attendeeIds
    .map((id) => ctx.store.customerById(id))
    .map((person) => (person ? `${person.givenName} ${person.familyName}`.trim() : "A family member"));
  return { record, ...parts, unitPence: unitPricePence(parts.offer, record), attendees };
}

export function registerCheckout(app: Hono, ctx: SandboxContext): void {
  // Authenticated Checkout: the broker's server asks for a checkout page for its signed-in customer.
  app.post("/api/checkout-sessions", async (c) => {
    const body = await parseJsonBody(c, anyJson, ctx.config.bodyLimitBytes);
    if (!body.ok) return body.response;
    const normalized = normalizeKeywords(body.data);
    const parsed = checkoutSessionRequest.safeParse(normalized);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.map(String).join(".");
      const message =
        issue.code === "invalid_type" && issue.input === undefined
          ? `${path} is required`
          : path
            ? `${path}: ${issue.message}`
            : issue.message;
      return iminError(c, 400, "InvalidRequestError", `Invalid checkout session: ${message}.`);
    }
    const decision = decideCheckout(ctx, parsed.data);
    if (!decision.ok) return iminError(c, 400, decision.error.type, decision.error.description);
    ctx.store.checkoutSessions.set(decision.record.id, decision.record);
    const target = `${ctx.urls.checkout}/checkout/${encodeURIComponent(decision.record.id)}`;
    const echo = typeof body.data === "object" && body.data ? (body.data as Record<string, unknown>) : {};
    return c.json(
      {
        ...echo,
        potentialAction: [{ type: "OrderAction", name: "Checkout", target }],
      },
      201,
      { Location: target },
    );
  });

  // The hosted checkout page (public: the customer's browser arrives here from the broker).
  app.get("/checkout/:id", (c) => {
    const record = ctx.store.checkoutSessions.get(c.req.param("id"));
    if (!record) return html(c, problemPage("Checkout not found", "This checkout link is not valid or has expired."), 404);
    const parts = pageParts(ctx, record);
    if (!parts) return html(c, problemPage("Session unavailable", "This session is no longer available.", record.brokerName), 404);
    const order = record.orderId ? ctx.store.orders.get(record.orderId) : undefined;
    if (order) return html(c, confirmationPage(parts, order));
    return html(c, checkoutPage(parts, { savedCards: cardsOfCustomer(ctx, record.customerId) }));
  });

  app.post("/checkout/:id", async (c) => {
    const record = ctx.store.checkoutSessions.get(c.req.param("id"));
    if (!record) return html(c, problemPage("Checkout not found", "This checkout link is not valid or has expired."), 404);
    let cardNumber: string | undefined;
    let paymentMethod: string | undefined;
    try {
      const form = await c.req.parseBody();
      cardNumber = typeof form.cardNumber === "string" ? form.cardNumber.slice(0, 64) : undefined;
      paymentMethod = typeof form.paymentMethod === "string" ? form.paymentMethod.slice(0, 64) : undefined;
    } catch {
      cardNumber = undefined;
    }
    const parts = pageParts(ctx, record);
    if (!parts) return html(c, problemPage("Session unavailable", "This session is no longer available.", record.brokerName), 404);
    const savedCardId = paymentMethod && paymentMethod !== "new" ? paymentMethod : undefined;
    const outcome = payCheckout(ctx, record, cardNumber, savedCardId);
    if (outcome.kind === "paid") return c.redirect(`/checkout/${encodeURIComponent(record.id)}`, 303);
    if (outcome.kind === "unavailable") {
      const back = record.navigationLinks.find((l) => l.linkType === BACK_TO_BROKER)?.url;
      return html(c, problemPage("Booking not possible", outcome.message, record.brokerName, back), 409);
    }
    const status = outcome.kind === "declined" ? 402 : 400;
    const savedCards = cardsOfCustomer(ctx, record.customerId);
    return html(c, checkoutPage(parts, { error: outcome.message, cardValue: cardNumber, savedCards, paymentMethod }), status);
  });

  // Guest checkout of a session (the ScheduledSession's `imin:checkoutUrlTemplate` target): ./guest.ts.
  registerGuestCheckout(app, ctx);
  // A slot's guest checkout is not simulated; say so plainly.
  app.get("/checkout/v1/*", (c) =>
    html(
      c,
      problemPage(
        "Guest checkout is not simulated for slots",
        "The imin sandbox simulates guest checkout for sessions only; book a slot through Authenticated Checkout: POST an imin:CheckoutSession to /api/checkout-sessions and open potentialAction[0].target.",
      ),
      404,
    ),
  );
}
