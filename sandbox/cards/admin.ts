import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { invalidRequest, notFound } from "../http/errors";
import { parseJsonBody, parseQuery } from "../http/validate";
import type { SavedCardRecord } from "../store/types";
import { addCard, cardsOfCustomer } from "./saved-cards";

const cardsQuery = z.object({ customer: z.string().trim().min(1, "customer is required") });

const addCardBody = z.object({
  customer: z.string().trim().min(1, "customer is required"),
  number: z.string().max(64),
  /** MM/YY or MM/YYYY. */
  expiry: z.string().max(16),
  default: z.boolean().optional(),
});

const view = (card: SavedCardRecord) => ({
  id: card.id,
  customer: card.customerId,
  brand: card.brand,
  last4: card.last4,
  expMonth: card.expMonth,
  expYear: card.expYear,
  isDefault: card.isDefault,
  createdAt: card.createdAt,
});

/** What an imin-like platform's back office would show of saved cards; tests read and seed them here. */
export function registerCardsAdmin(app: Hono, ctx: SandboxContext): void {
  app.get("/admin/cards", (c) => {
    const query = parseQuery(c, cardsQuery);
    if (!query.ok) return query.response;
    return c.json({ items: cardsOfCustomer(ctx, query.data.customer).map(view) });
  });

  // Test clean-up: a customer's cards, all at once.
  app.delete("/admin/cards", (c) => {
    const query = parseQuery(c, cardsQuery);
    if (!query.ok) return query.response;
    const cards = cardsOfCustomer(ctx, query.data.customer);
    for (const card of cards) ctx.store.cards.delete(card.id);
    return c.json({ deleted: cards.length });
  });

  app.post("/admin/cards", async (c) => {
    const body = await parseJsonBody(c, addCardBody, ctx.config.bodyLimitBytes);
    if (!body.ok) return body.response;
    const { customer, number, expiry } = body.data;
    if (!ctx.store.customerById(customer)) return notFound(c, `No customer account ${customer}.`);
    const outcome = addCard(ctx, customer, { number, expiry, makeDefault: body.data.default ?? false });
    if (!outcome.ok) return invalidRequest(c, `${outcome.field}: ${outcome.message}`);
    return c.json(view(outcome.card), 201);
  });
}
