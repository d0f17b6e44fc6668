import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { iminError, notFound } from "../http/errors";
import { parseJsonBody } from "../http/validate";
import { createSession, createSessionBody } from "./create-session";

const DEFAULT_MESSAGE = "This session has been cancelled by the organiser. Your payment will be refunded.";

const cancelSessionBody = z.object({
  message: z.string().trim().min(1, "message must not be empty").max(1000).optional(),
});

/**
 * Seller-side event: the organiser cancels a session. Every confirmed booking for it becomes
 * `SellerCancelled` with the organiser's message, and each affected customer's broker is told
 * through the Customer Detail Change webhook.
 */
function cancelSessionAsSeller(ctx: SandboxContext, sessionId: string, message = DEFAULT_MESSAGE) {
  const { store } = ctx;
  const session = store.sessionById(sessionId) ?? store.sessionByIdentifier(sessionId);
  if (!session) return undefined;
  session.cancelledMessage = message;
  session.remaining = 0;
  store.putSession(session);

  const affectedItems: { orderId: string; itemId: string; customerId: string }[] = [];
  for (const order of store.orders.values()) {
    let changed = false;
    for (const item of order.items) {
      if (item.sessionId !== session.id || item.status !== "OrderItemConfirmed") continue;
      item.status = "SellerCancelled";
      item.cancellationMessage = message;
      affectedItems.push({ orderId: order.identifier, itemId: item.identifier, customerId: order.customerId });
      changed = true;
    }
    if (changed) {
      order.receipts.push({ id: store.newId("rcpt_"), dateCreated: ctx.clock.nowIso() });
      store.putOrder(order);
    }
  }
  const customers = [...new Set(affectedItems.map((a) => a.customerId))];
  const deliveries = customers.map((customerId) =>
    ctx.webhooks.notifyCustomerChanged(customerId, `session ${session.id} cancelled by the seller`),
  );
  return { session, affectedItems, customers, deliveries };
}

export function registerAdminSessions(app: Hono, ctx: SandboxContext): void {
  app.post("/admin/sessions", async (c) => {
    const body = await parseJsonBody(c, createSessionBody, ctx.config.bodyLimitBytes);
    if (!body.ok) return body.response;
    const created = createSession(ctx, body.data);
    if (!created) return notFound(c, "No seller with a venue has this slug or id.");
    const { series, session } = created;
    return c.json(
      {
        session: { id: session.id, identifier: session.identifier, startDate: session.startDate, endDate: session.endDate },
        series: {
          id: series.id,
          name: series.name,
          offers: series.offers.map((o) => ({ id: o.id, name: o.name })),
          dataSource: series.dataSource,
        },
      },
      201,
    );
  });

  app.post("/admin/sessions/:sessionId/cancel", async (c) => {
    const sessionId = c.req.param("sessionId");
    // An empty body is allowed: the default message is used.
    const hasBody = Number(c.req.header("content-length") ?? "0") > 0 || c.req.header("transfer-encoding");
    let message: string | undefined;
    if (hasBody) {
      const body = await parseJsonBody(c, cancelSessionBody, ctx.config.bodyLimitBytes);
      if (!body.ok) return body.response;
      message = body.data.message;
    }
    const result = cancelSessionAsSeller(ctx, sessionId, message);
    if (!result) return iminError(c, 404, "NotFoundError", `No session with id "${sessionId}" exists.`);
    return c.json({
      session: { id: result.session.id, identifier: result.session.identifier, cancelledMessage: result.session.cancelledMessage },
      cancelledOrderItems: result.affectedItems,
      notifiedCustomers: result.customers,
      webhookDeliveries: result.deliveries.map((d) => ({ id: d.id, customerId: d.customerId, state: d.state })),
    });
  });
}
