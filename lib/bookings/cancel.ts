import "server-only";
import { IminError } from "@/lib/imin/errors";
import { orderIdFromItemId } from "@/lib/imin/order-ids";
import { cancelOrderItems, getCustomerOrder } from "@/lib/imin/orders";
import type { CustomerRef } from "@/lib/imin/order-types";
import { dropReminder } from "@/lib/reminders/schedule";

/**
 * Cancels one booking on the customer's orders: their own place or a family member's (a group
 * booking's places all sit on the account holder's orders). The order id comes from the item id;
 * the order is read first to prove it is this customer's and that it holds the item (otherwise
 * "not-found", exactly as for an unknown id); an item already cancelled by the customer is reported
 * cancelled without a second PATCH. Once imin has cancelled it, the booking's reminder is dropped
 * (the reminder scan would notice too, but only on its next pass).
 */
export async function cancelBooking(customer: CustomerRef, itemId: string): Promise<CancelOutcome> {
  const outcome = await cancelOnceAtATime(customer, itemId);
  if (outcome.status === "cancelled") await dropReminder(itemId).catch(() => false);
  return outcome;
}

export type CancelOutcome =
  | { status: "cancelled"; itemId: string }
  | { status: "not-found" }
  /**
   * `message` in English for callers without a language; `imin` is imin's own reason when it gave
   * one (shown as sent), and the customer's pages word the rest in the customer's language.
   */
  | { status: "refused"; message: string; imin?: string }
  | { status: "failed"; message: string };

const inFlight = new Map<string, Promise<CancelOutcome>>();

/** Concurrent calls for the same item (a double tap) share one imin request. */
function cancelOnceAtATime(customer: CustomerRef, itemId: string): Promise<CancelOutcome> {
  const key = `${customer.iminCustomerId}|${itemId}`;
  const running = inFlight.get(key);
  if (running) return running;
  const work = cancelOnce(customer, itemId).finally(() => inFlight.delete(key));
  inFlight.set(key, work);
  return work;
}

async function cancelOnce(customer: CustomerRef, itemId: string): Promise<CancelOutcome> {
  const orderId = orderIdFromItemId(itemId);
  if (!orderId) return { status: "not-found" };
  try {
    const order = await getCustomerOrder(customer, orderId);
    const item = order?.items.find((i) => i.id === itemId);
    if (!order || !item) return { status: "not-found" };
    if (item.status === "customer-cancelled") return { status: "cancelled", itemId };
    await cancelOrderItems(order.identifier, [item.id]);
    return { status: "cancelled", itemId };
  } catch (error) {
    if (error instanceof IminError) {
      if (error.kind === "not_found") return { status: "not-found" };
      if (error.kind === "refused") {
        return {
          status: "refused",
          message: error.description ?? "This booking can no longer be cancelled.",
          ...(error.description ? { imin: error.description } : {}),
        };
      }
      return { status: "failed", message: error.customerMessage };
    }
    throw error;
  }
}
