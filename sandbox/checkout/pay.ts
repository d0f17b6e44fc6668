import type { SandboxContext } from "../context";
import { bookability } from "../events-api/render";
import type { CheckoutSessionRecord, CustomerRecord, OrderItemRecord, OrderRecord } from "../store/types";
import { sessionParts, unitPricePence } from "./create";
import { isTestCheckout, payTestCheckout } from "../facilities-api/checkout";
import { cardOfCustomer, describeCard, isExpired } from "../cards/saved-cards";
import { DECLINE_CARD, normaliseCardNumber, SUCCESS_CARD, UNRECOGNISED_CARD_MESSAGE } from "./test-cards";

export type PayOutcome =
  | { kind: "paid"; order: OrderRecord }
  | { kind: "declined" | "unrecognised" | "missing-card" | "two-cards" | "unavailable"; message: string };

/**
 * Takes payment and books. Idempotent on the checkout session: once an order exists, every later
 * submit answers with that same order. Runs synchronously between the check and the write, so two
 * submits arriving together still make one order.
 */
export function payCheckout(
  ctx: SandboxContext,
  record: CheckoutSessionRecord,
  cardNumberRaw: string | undefined,
  /** A saved card's token (Card Details app); only the checkout's own customer's cards are accepted. */
  savedCardId?: string,
): PayOutcome {
  const { store } = ctx;
  if (record.orderId) {
    const existing = store.orders.get(record.orderId);
    if (existing) return { kind: "paid", order: existing };
  }
  if (isTestCheckout(record)) {
    // Testing mode takes any card; the customer's own saved card is one.
    const saved = savedCardId ? cardOfCustomer(ctx, record.customerId, savedCardId) : undefined;
    return payTestCheckout(ctx, record, saved ? SUCCESS_CARD : cardNumberRaw);
  }
  const parts = sessionParts(ctx, record);
  if (!parts) return { kind: "unavailable", message: "This session is no longer available." };
  const { session, series, offer } = parts;
  const nowMs = ctx.clock.now().getTime();
  const state = bookability(session, series, nowMs);
  if (!state.bookable) {
    const message = {
      cancelled: "This session has been cancelled by the organiser, so it can no longer be booked. You have not been charged.",
      past: "This session has already started, so it can no longer be booked. You have not been charged.",
      full: "Sorry, this session filled up before you paid. You have not been charged.",
      "no-offers": "This session has no tickets on sale. You have not been charged.",
    }[state.reason];
    return { kind: "unavailable", message };
  }
  if (session.remaining < record.quantity) {
    return { kind: "unavailable", message: `Only ${session.remaining} spaces are left now. You have not been charged.` };
  }

  const unit = unitPricePence(offer, record);
  const total = unit * record.quantity;
  let paymentCard: OrderRecord["paymentCard"];
  if (total > 0 && savedCardId && normaliseCardNumber(cardNumberRaw ?? "")) {
    // A typed number with a saved card chosen: charge neither rather than guess which was meant.
    return {
      kind: "two-cards",
      message: "You chose a saved card and also typed a card number. Choose “Use a new card” to pay with the number, or clear it.",
    };
  }
  if (total > 0 && savedCardId) {
    const saved = cardOfCustomer(ctx, record.customerId, savedCardId);
    if (!saved) return { kind: "unrecognised", message: "That saved card is not available. Choose another card or use a new one." };
    if (isExpired(ctx, saved)) {
      return { kind: "declined", message: `Your ${describeCard(saved)} has expired. No payment was taken: choose another card.` };
    }
    paymentCard = { brand: saved.brand, last4: saved.last4 };
  } else if (total > 0) {
    const card = normaliseCardNumber(cardNumberRaw ?? "");
    if (!card) return { kind: "missing-card", message: "Enter a card number to pay." };
    if (card === DECLINE_CARD) {
      return { kind: "declined", message: "Your card was declined. No payment was taken: try another card." };
    }
    if (card !== SUCCESS_CARD) {
      return { kind: "unrecognised", message: UNRECOGNISED_CARD_MESSAGE };
    }
  }

  const customer = store.customerById(record.customerId);
  const people: (CustomerRecord | undefined)[] = record.attendeeIds.length
    ? record.attendeeIds.map((id) => store.customerById(id))
    : [customer];
  const nowIso = ctx.clock.nowIso();
  const items: OrderItemRecord[] = people.map((person) => ({
    identifier: store.newId("item-"),
    sessionId: session.id,
    offerId: offer.id,
    pricePence: unit,
    status: "OrderItemConfirmed",
    attendee: person
      ? { givenName: person.givenName, familyName: person.familyName, email: person.email, identifier: person.identifier }
      : undefined,
    accessCode: String(Math.floor(100000 + store.rng() * 900000)),
  }));
  const order: OrderRecord = {
    identifier: store.newId("ord-"),
    customerId: record.customerId,
    sellerId: series.sellerId,
    orderDate: nowIso,
    confirmationNumber: confirmationNumber(ctx),
    brokerName: record.brokerName,
    brokerUrl: record.brokerUrl,
    items,
    totalPence: total,
    currency: "GBP",
    receipts: [{ id: store.newId("rcpt-"), dateCreated: nowIso }],
    ...(paymentCard ? { paymentCard } : {}),
  };
  store.putOrder(order);
  // In place: the store's start-sorted cache holds this same object.
  session.remaining -= record.quantity;
  record.orderId = order.identifier;
  store.checkoutSessions.set(record.id, record);
  return { kind: "paid", order };
}

function confirmationNumber(ctx: SandboxContext): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let i = 0; i < 8; i++) code += alphabet[Math.floor(ctx.store.rng() * alphabet.length)];
  return `SBX-${code}`;
}
