import type { SandboxContext } from "../context";
import type { CheckoutDecision } from "../checkout/create";
import { ageOn, describeAgeRange } from "../checkout/create";
import { customerIdentifierOf, type CheckoutSessionRequest } from "../checkout/request";
import type { CheckoutSessionRecord, OrderRecord } from "../store/types";
import { isTestItem, rememberTestStart, slotForCheckout, testItemParts, testStartOf, TEST_OFFERS } from "./opportunity";
import { availability, slotById, slotByIdentifier, slotOffers } from "./slots";

const refuse = (type: string, description: string): CheckoutDecision => ({ ok: false, error: { type, description } });

/**
 * A checkout of a facility Slot: one OrderItem (one court at one time), named by the Slot's
 * `identifier` (its By-ID `id` URL is accepted too), with an offer from the Slot's own `offers`.
 */
export function decideSlotCheckout(ctx: SandboxContext, req: CheckoutSessionRequest): CheckoutDecision {
  const { store } = ctx;
  const order = req["imin:initialOrder"];
  const items = order.orderedItem;
  if (items.length !== 1 || items.some((i) => i.orderedItem.type !== "Slot")) {
    return refuse("InvalidRequestError", "A facility Slot is booked one at a time: send exactly one OrderItem, of type Slot.");
  }
  const item = items[0]!;
  const ref = item.orderedItem.identifier ?? item.orderedItem.id;
  if (!ref) return refuse("InvalidRequestError", "orderedItem.orderedItem needs an identifier (the Slot's identifier).");

  const customerId = customerIdentifierOf(order.customer);
  const customer = store.customerById(customerId);
  if (!customer || customer.erased || customer.deletionRequestedAt) {
    return refuse(
      "IncompleteCustomerDetailsError",
      `No Customer Account ${customerId} exists: create it first, then name its @id as customer.`,
    );
  }
  const nowMs = ctx.clock.now().getTime();
  const record = (sessionId: string, offerId: string): CheckoutSessionRecord => ({
    id: store.newId("cs-"),
    customerId: customer.identifier,
    sessionId,
    offerId,
    quantity: 1,
    attendeeIds: [],
    brokerName: order.broker.name,
    brokerUrl: order.broker.url,
    navigationLinks: (req["imin:navigationLinks"] ?? []).map((l) => ({
      name: l.name ?? "",
      linkType: l["imin:linkType"] ?? "",
      url: l.url,
    })),
    createdAt: ctx.clock.nowIso(),
  });

  if (isTestItem(ref)) {
    if (!(TEST_OFFERS as readonly string[]).includes(item.acceptedOffer)) {
      return refuse("InvalidOpportunityOrOfferIdError", `In testing mode acceptedOffer must be one of ${TEST_OFFERS.join(", ")}.`);
    }
    const parts = testItemParts(store, ref, nowMs);
    if (!parts) return refuse("UnknownOpportunityError", `No Slot with identifier ${ref} is known.`);
    const rec = record(ref, item.acceptedOffer);
    rememberTestStart(store, rec.id, parts.session.startDate);
    return { ok: true, record: rec };
  }

  const tail = /\/slots\/([^/?#]+)$/.exec(ref)?.[1];
  const slot = slotByIdentifier(store, ref) ?? (tail ? slotById(store, decodeURIComponent(tail)) : undefined);
  if (!slot) return refuse("UnknownOpportunityError", `No Slot with identifier ${ref} is known.`);
  if (slot.startMs <= nowMs) return refuse("UnavailableOpportunityError", "This slot has already started, so it can no longer be booked.");
  if (!slot.facilityUse.bookable) {
    return refuse("UnavailableOpportunityError", "This organiser does not take bookings for this facility through imin.");
  }
  if (availability(store, slot).remainingUses <= 0) return refuse("OpportunityIsFullError", "This slot is fully booked.");
  const offer = slotOffers(slot).find((o) => o.id === item.acceptedOffer || o.identifier === item.acceptedOffer);
  if (!offer) {
    return refuse(
      "InvalidOpportunityOrOfferIdError",
      `Offer ${item.acceptedOffer} does not belong to this slot; use an id from its offers[].`,
    );
  }
  const seller = store.sellerById(slot.facilityUse.sellerId);
  if (offer.membershipRequired && !store.linkedAccount(customer.identifier, slot.facilityUse.sellerId)) {
    return refuse(
      "OpportunityOfferPairNotBookableError",
      `The ${offer.name} price is for members of ${seller?.name ?? "this organiser"}: link an account there first.`,
    );
  }
  const age = customer.birthDate ? ageOn(customer.birthDate, slot.startMs) : undefined;
  if (age !== undefined && ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax))) {
    return refuse(
      "OpportunityOfferPairNotBookableError",
      `The ${offer.name} price is for ${describeAgeRange(offer)}; ${customer.givenName} ${customer.familyName} will be ${age} on the day.`,
    );
  }
  return { ok: true, record: record(slot.id, offer.id) };
}

/** `sessionParts` for a facility checkout: the slot (court fixed once paid) and the chosen offer. */
export function slotCheckoutParts(ctx: SandboxContext, record: CheckoutSessionRecord) {
  const nowMs = ctx.clock.now().getTime();
  const order = record.orderId ? ctx.store.orders.get(record.orderId) : undefined;
  const parts = isTestItem(record.sessionId)
    ? testItemParts(ctx.store, record.sessionId, nowMs, testStartOf(ctx.store, record.id))
    : slotForCheckout(ctx.store, record.sessionId, order?.items[0]?.sessionId);
  const offer = parts?.series.offers.find((o) => o.id === record.offerId);
  if (!parts || !offer) return undefined;
  return { ...parts, offer };
}

export function isTestCheckout(record: CheckoutSessionRecord): boolean {
  return isTestItem(record.sessionId);
}

/**
 * imin's testing mode: any card succeeds and nothing is booked. The order exists only to show the
 * confirmation (and by its URL); it is kept out of the customer's order lists and takes no space.
 */
export function payTestCheckout(ctx: SandboxContext, record: CheckoutSessionRecord, cardNumber: string | undefined) {
  const { store } = ctx;
  const existing = record.orderId ? store.orders.get(record.orderId) : undefined;
  if (existing) return { kind: "paid" as const, order: existing };
  const parts = slotCheckoutParts(ctx, record);
  if (!parts) return { kind: "unavailable" as const, message: "This test slot is no longer available." };
  const price = parts.offer.pricePence;
  if (price > 0 && !(cardNumber ?? "").replace(/[\s-]/g, ""))
    return { kind: "missing-card" as const, message: "Enter a card number to pay." };
  const nowIso = ctx.clock.nowIso();
  const order: OrderRecord = {
    identifier: store.newId("ord-test-"),
    customerId: record.customerId,
    sellerId: parts.seller.id,
    orderDate: nowIso,
    confirmationNumber: `TEST-${store.newId("").slice(0, 8).toUpperCase()}`,
    brokerName: record.brokerName,
    brokerUrl: record.brokerUrl,
    items: [
      {
        identifier: store.newId("item-"),
        sessionId: record.sessionId,
        offerId: parts.offer.id,
        pricePence: price,
        status: "OrderItemConfirmed",
      },
    ],
    totalPence: price,
    currency: "GBP",
    receipts: [{ id: store.newId("rcpt-"), dateCreated: nowIso }],
  };
  rememberTestStart(store, order.items[0]!.identifier, parts.session.startDate);
  store.orders.set(order.identifier, order); // not putOrder: testing mode books nothing for the customer
  record.orderId = order.identifier;
  return { kind: "paid" as const, order };
}
