import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { iminError } from "../http/errors";
import { parseJsonBody, parseQuery } from "../http/validate";
import type { OrderItemRecord, OrderRecord } from "../store/types";
import { ITEMS_PER_PAGE, OA, cancellability, partsOf, renderCollection, renderOrder, renderOrderItem } from "./order-render";
import { renderReceiptPdf } from "./receipts";

const listQuery = z.object({
  customerIdentifier: z.string().trim().min(1, "customerIdentifier is required").max(200),
  page: z
    .string()
    .trim()
    .regex(/^\d+$/, "page must be a whole number from 1")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100_000, "page must be between 1 and 100000")
    .optional(),
});

/** The documented cancel body, read in either keyword spelling. */
const cancelItem = z.preprocess(
  (v) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const item = v as Record<string, unknown>;
    return { id: item["@id"] ?? item.id, ...item };
  },
  z.object({
    id: z.string().trim().min(1, "orderedItem[].@id is required"),
    orderItemStatus: z.string().trim().min(1, "orderedItem[].orderItemStatus is required"),
  }),
);
const cancelBody = z.object({
  orderedItem: z.array(cancelItem).min(1, "orderedItem must name at least one OrderItem").max(100),
});

const ID_PATTERN = /^[A-Za-z0-9._~-]{1,200}$/;

/** Which order and item an OrderItem `@id` names: `…/orders/{orderId}/order-items/{itemId}`. */
function parseOrderItemId(id: string): { orderId: string; itemId: string } | undefined {
  const match = /\/orders\/([^/?#]+)\/order-items\/([^/?#]+)\/?(?:[?#].*)?$/.exec(id.trim());
  if (!match) return undefined;
  try {
    return { orderId: decodeURIComponent(match[1]), itemId: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

function notPermitted(c: Parameters<typeof iminError>[0], description: string) {
  return iminError(c, 400, "CancellationNotPermittedError", description);
}

function unknownOrder(c: Parameters<typeof iminError>[0], orderId: string) {
  return iminError(c, 404, "UnknownOrderError", `No order with identifier "${orderId}" exists.`);
}

export function registerOrders(app: Hono, ctx: SandboxContext): void {
  const { store, clock } = ctx;
  const urls = () => ctx.urls;

  /** The `customerIdentifier` and `page` of a list request, or the error answer. */
  function customerListRequest(c: Parameters<typeof iminError>[0]) {
    const q = parseQuery(c, listQuery);
    if (!q.ok) return { ok: false as const, response: q.response };
    const { customerIdentifier } = q.data;
    if (!store.customerById(customerIdentifier)) {
      return {
        ok: false as const,
        response: iminError(c, 404, "NotFoundError", `No customer account with identifier "${customerIdentifier}" exists.`),
      };
    }
    return { ok: true as const, customerIdentifier, page: q.data.page ?? 1 };
  }

  app.get("/api/v2/order-items", (c) => {
    const request = customerListRequest(c);
    if (!request.ok) return request.response;
    const { customerIdentifier, page } = request;
    const nowMs = clock.now().getTime();
    const upcoming = store.upcomingItemsOfCustomer(customerIdentifier, new Date(nowMs).toISOString());
    const slice = upcoming.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
    const items = slice.map(({ order, item, session }) => renderOrderItem(store, order, item, urls(), nowMs, session));
    return c.json(renderCollection(`${urls().booking}/order-items`, customerIdentifier, page, upcoming.length, items));
  });

  app.get("/api/v2/orders", (c) => {
    const request = customerListRequest(c);
    if (!request.ok) return request.response;
    const { customerIdentifier, page } = request;
    const nowMs = clock.now().getTime();
    const orders = store.ordersOfCustomer(customerIdentifier);
    const slice = orders.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
    const items = slice.map((order) => renderOrder(store, order, urls(), nowMs));
    return c.json(renderCollection(`${urls().booking}/orders`, customerIdentifier, page, orders.length, items));
  });

  app.get("/api/v2/orders/:orderId", (c) => {
    const orderId = c.req.param("orderId");
    const order = ID_PATTERN.test(orderId) ? store.orders.get(orderId) : undefined;
    if (!order) return unknownOrder(c, orderId);
    return c.json(renderOrder(store, order, urls(), clock.now().getTime()));
  });

  app.patch("/api/v2/orders/:orderId", async (c) => {
    const orderId = c.req.param("orderId");
    const order = ID_PATTERN.test(orderId) ? store.orders.get(orderId) : undefined;
    if (!order) return unknownOrder(c, orderId);
    const body = await parseJsonBody(c, cancelBody, ctx.config.bodyLimitBytes);
    if (!body.ok) return body.response;

    const nowMs = clock.now().getTime();
    const toCancel: OrderItemRecord[] = [];
    // Every item is checked before any is changed: the request succeeds or fails as a whole.
    for (const requested of body.data.orderedItem) {
      const status = requested.orderItemStatus.replace(/^https?:\/\/openactive\.io\//, "");
      if (status !== "CustomerCancelled") {
        return iminError(c, 400, "PatchNotAllowedOnPropertyError", `orderItemStatus may only be set to ${OA}CustomerCancelled.`);
      }
      const ref = parseOrderItemId(requested.id);
      const item = ref && ref.orderId === order.identifier ? order.items.find((i) => i.identifier === ref.itemId) : undefined;
      if (!item) return notPermitted(c, "This booking is not part of this order, so it cannot be cancelled here.");
      if (item.status === "CustomerCancelled") continue; // repeating a cancellation is harmless
      const parts = partsOf(store, item);
      const verdict = cancellability(item, parts.session, parts.offer, nowMs);
      if (!verdict.cancellable) return notPermitted(c, verdict.reason ?? "This booking can no longer be cancelled.");
      toCancel.push(item);
    }

    if (toCancel.length > 0) applyCancellation(ctx, order, toCancel);
    return c.body(null, 204);
  });

  app.get("/api/v2/receipts/:receiptId", async (c) => {
    const receiptId = c.req.param("receiptId");
    const found = ID_PATTERN.test(receiptId) ? findReceipt(ctx, receiptId) : undefined;
    if (!found) return iminError(c, 404, "NotFoundError", `No receipt with identifier "${receiptId}" exists.`);
    const pdf = await renderReceiptPdf(ctx, found.order, found.receipt);
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="receipt-${found.order.confirmationNumber}.pdf"`,
      "Content-Length": String(pdf.length),
    });
  });
}

/** Marks items cancelled, frees their places and issues a fresh receipt showing the refund. */
function applyCancellation(ctx: SandboxContext, order: OrderRecord, items: OrderItemRecord[]): void {
  const { store, clock } = ctx;
  for (const item of items) {
    item.status = "CustomerCancelled";
    const session = store.sessionById(item.sessionId);
    if (session) {
      session.remaining = Math.min(session.capacity, session.remaining + 1);
      store.putSession(session);
    }
  }
  order.receipts.push({ id: store.newId("rcpt_"), dateCreated: clock.nowIso() });
  store.putOrder(order);
}

function findReceipt(ctx: SandboxContext, receiptId: string) {
  for (const order of ctx.store.orders.values()) {
    const receipt = order.receipts.find((r) => r.id === receiptId);
    if (receipt) return { order, receipt };
  }
  return undefined;
}
