import "server-only";
import { cache } from "react";
import { iminBinary, iminRequest, type IminBinary } from "./http";
import { IminError } from "./errors";
import { order as orderSchema, orderItemsCollection, ordersCollection } from "./schemas";
import { mapOrder, mapOrderItem } from "./order-mapping";
import type { Booking, CustomerRef, Order } from "./order-types";
import { mapPage, type Page } from "./paging";

/** imin order identifiers are UUID-like; anything else never reaches the URL. */
const SAFE_ID = /^[A-Za-z0-9._~-]{1,200}$/;

const upcomingPayload = cache(async (customerIdentifier: string, page: number) =>
  iminRequest({
    service: "booking",
    path: "order-items",
    query: { customerIdentifier, page },
    schema: orderItemsCollection,
  }),
);

const ordersPayload = cache(async (customerIdentifier: string, page: number) =>
  iminRequest({ service: "booking", path: "orders", query: { customerIdentifier, page }, schema: ordersCollection }),
);

/** One GET per order id per request, however many components ask. */
const orderPayload = cache(async (orderId: string) => {
  try {
    return await iminRequest({ service: "booking", path: `orders/${encodeURIComponent(orderId)}`, schema: orderSchema });
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
});

/** Upcoming bookings, earliest first (one imin page). */
export async function getUpcomingBookings(customer: CustomerRef, page: number): Promise<Page<Booking>> {
  const payload = await upcomingPayload(customer.iminCustomerId, page);
  return mapPage(payload, page, (item) => mapOrderItem(item, customer));
}

/** Every upcoming booking read at most this many pages deep (100 bookings). */
const MAX_UPCOMING_PAGES = 10;

/** Every upcoming booking: page 1 first (it says how many pages), the rest in parallel. */
export async function allUpcomingBookings(customer: CustomerRef): Promise<Booking[]> {
  const first = await getUpcomingBookings(customer, 1);
  const last = Math.min(first.hasNext ? Math.max(first.totalPages, 2) : 1, MAX_UPCOMING_PAGES);
  const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => getUpcomingBookings(customer, i + 2).then((p) => p.items)));
  return [...first.items, ...rest.flat()];
}

/** Order history, newest first (one imin page). */
export async function getOrders(customer: CustomerRef, page: number): Promise<Page<Order>> {
  const payload = await ordersPayload(customer.iminCustomerId, page);
  // The list is already scoped by customerIdentifier; orders in it may omit `customer`.
  return mapPage(payload, page, (o) => mapOrder(o, customer));
}

/**
 * One order, only when it is the signed-in customer's. imin does not scope orders by customer, so
 * an order of someone else answers exactly like one that does not exist: `null`.
 */
export async function getCustomerOrder(customer: CustomerRef, orderId: string): Promise<Order | null> {
  if (!SAFE_ID.test(orderId)) return null;
  const payload = await orderPayload(orderId);
  if (!payload) return null;
  const mapped = mapOrder(payload, customer);
  return mapped.belongsToCustomer ? mapped : null;
}

/** PATCH the documented cancellation body; 204 on success, IminError (refused) with imin's words otherwise. */
export async function cancelOrderItems(orderId: string, itemIds: string[]): Promise<void> {
  if (!SAFE_ID.test(orderId)) throw new IminError({ kind: "not_found" });
  await iminRequest({
    service: "booking",
    method: "PATCH",
    path: `orders/${encodeURIComponent(orderId)}`,
    body: {
      "@context": "https://openactive.io/",
      "@type": "Order",
      orderedItem: itemIds.map((id) => ({
        "@type": "OrderItem",
        "@id": id,
        orderItemStatus: "https://openactive.io/CustomerCancelled",
      })),
    },
    expect: "empty",
  });
}

/** Receipts are fetched from the exact URL the order names (imin says not to build it). */
export async function fetchReceipt(receiptUrl: string): Promise<IminBinary> {
  return iminBinary({ service: "booking", path: receiptUrl, timeoutMs: 20_000 });
}
