import type { SandboxContext } from "../context";
import { findSession } from "../events-api/routes";
import { baseOfferId, bookability, isEntitlementOfferId } from "../events-api/render";
import type { CheckoutSessionRecord, CustomerRecord, OfferRecord, SeriesRecord, SessionRecord } from "../store/types";
import { customerIdentifierOf, type CheckoutSessionRequest } from "./request";
import { decideSlotCheckout, slotCheckoutParts } from "../facilities-api/checkout";
import { londonDayKey } from "../facilities-api/london-day";
import { isFacilityBooking } from "../facilities-api/opportunity";

interface CheckoutRefusal {
  type: string;
  description: string;
}

export type CheckoutDecision = { ok: true; record: CheckoutSessionRecord } | { ok: false; error: CheckoutRefusal };

const refuse = (type: string, description: string): CheckoutDecision => ({ ok: false, error: { type, description } });

/**
 * Whole years between a birth date (YYYY-MM-DD) and the London day holding an instant: a session at
 * 00:30 BST is on the UK day a family would name, not the UTC day before it.
 */
export function ageOn(birthDate: string, atMs: number): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!m) return undefined;
  const [y, mo, d] = londonDayKey(atMs).split("-").map(Number) as [number, number, number];
  const beforeBirthday = mo < Number(m[2]) || (mo === Number(m[2]) && d < Number(m[3]));
  return y - Number(m[1]) - (beforeBirthday ? 1 : 0);
}

export function describeAgeRange(offer: OfferRecord): string {
  if (offer.ageMin !== undefined && offer.ageMax !== undefined) return `ages ${offer.ageMin} to ${offer.ageMax}`;
  if (offer.ageMin !== undefined) return `ages ${offer.ageMin} and over`;
  if (offer.ageMax !== undefined) return `ages ${offer.ageMax} and under`;
  return "all ages";
}

function ageProblem(person: CustomerRecord, offer: OfferRecord, startMs: number): string | undefined {
  if (offer.ageMin === undefined && offer.ageMax === undefined) return undefined;
  if (!person.birthDate) return undefined; // unknown age: the seller checks at the door
  const age = ageOn(person.birthDate, startMs);
  if (age === undefined) return undefined;
  if ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax)) {
    return `The ${offer.name} ticket is for ${describeAgeRange(offer)}; ${person.givenName} ${person.familyName} will be ${age} on the day.`;
  }
  return undefined;
}

/**
 * Checks a checkout request the way imin does before it hands out a checkout page: the opportunity
 * exists and can be booked with enough space, the offer belongs to it (and an entitlement price is
 * really held), the customer exists, and the group-booking rules hold.
 */
export function decideCheckout(ctx: SandboxContext, req: CheckoutSessionRequest): CheckoutDecision {
  const { store } = ctx;
  const order = req["imin:initialOrder"];
  const items = order.orderedItem;

  const opportunityRefs = items.map((i) => i.orderedItem.identifier ?? i.orderedItem.id);
  if (opportunityRefs.some((r) => !r)) {
    return refuse("InvalidRequestError", "Each orderedItem.orderedItem needs an identifier (the ScheduledSession's identifier).");
  }
  if (items.some((i) => i.orderedItem.type === "Slot")) return decideSlotCheckout(ctx, req);
  if (items.some((i) => i.orderedItem.type !== "ScheduledSession")) {
    const type = items.find((i) => i.orderedItem.type !== "ScheduledSession")!.orderedItem.type;
    return refuse("InvalidOpportunityOrOfferIdError", `orderedItem.orderedItem.type must be ScheduledSession or Slot (got "${type}").`);
  }

  const group = items.length > 1;
  if (group) {
    const sameOpportunity = opportunityRefs.every((r) => r === opportunityRefs[0]);
    const sameOffer = items.every((i) => i.acceptedOffer === items[0]!.acceptedOffer);
    if (!sameOpportunity || !sameOffer) {
      return refuse(
        "InvalidRequestError",
        "A group booking books one activity at a time: every OrderItem must name the same orderedItem and acceptedOffer.",
      );
    }
    if (items.some((i) => !i.attendee)) {
      return refuse("InvalidRequestError", "A group booking needs an attendee (a Customer Account id) on every OrderItem.");
    }
  }

  const customerId = customerIdentifierOf(order.customer);
  const customer = store.customerById(customerId);
  if (!customer || customer.erased || customer.deletionRequestedAt) {
    return refuse(
      "IncompleteCustomerDetailsError",
      group
        ? "For a group booking, customer must be the id of an existing Customer Account."
        : `No Customer Account ${customerId} exists: create it first, then name its @id as customer.`,
    );
  }

  const attendees: CustomerRecord[] = [];
  for (const item of items) {
    if (!item.attendee) continue;
    const attendeeId = customerIdentifierOf(item.attendee);
    const attendee = store.customerById(attendeeId);
    if (!attendee || attendee.erased || attendee.deletionRequestedAt) {
      return refuse("IncompleteCustomerDetailsError", `No Customer Account ${attendeeId} exists for attendee.`);
    }
    if (attendees.some((a) => a.identifier === attendee.identifier)) {
      return refuse("InvalidRequestError", `Attendee ${attendeeId} is named more than once.`);
    }
    attendees.push(attendee);
  }

  const session = findSession(ctx, opportunityRefs[0]!);
  if (!session) {
    return refuse("UnknownOpportunityError", `No ScheduledSession with identifier ${opportunityRefs[0]} is known.`);
  }
  const series = store.seriesOf(session);
  const nowMs = ctx.clock.now().getTime();
  const state = bookability(session, series, nowMs);
  if (!state.bookable) {
    const why = {
      cancelled: ["UnavailableOpportunityError", "This session has been cancelled by the organiser."],
      past: ["UnavailableOpportunityError", "This session has already started, so it can no longer be booked."],
      full: ["OpportunityIsFullError", "This session is full."],
      "no-offers": ["UnavailableOpportunityError", "This session has no tickets on sale."],
    }[state.reason];
    return refuse(why[0]!, why[1]!);
  }
  if (session.remaining < items.length) {
    return refuse(
      "OpportunityHasInsufficientCapacityError",
      `Only ${session.remaining} ${session.remaining === 1 ? "space is" : "spaces are"} left; ${items.length} were asked for.`,
    );
  }

  const offerRef = items[0]!.acceptedOffer;
  const offer = offerOf(series, offerRef);
  if (!offer) {
    return refuse(
      "InvalidOpportunityOrOfferIdError",
      `Offer ${offerRef} does not belong to this session; use an id from its offers[] or imin:aggregateOffer.`,
    );
  }
  const entitlement = isEntitlementOfferId(offerRef);
  const linked = store.linkedAccount(customer.identifier, series.sellerId);
  if (entitlement && (offer.entitlementPricePence === undefined || !linked?.entitlement)) {
    return refuse(
      "OpportunityOfferPairNotBookableError",
      "The customer holds no entitlement at this organiser, so the entitlement price cannot be used.",
    );
  }
  if (offer.membershipRequired && !linked) {
    const seller = store.sellerOf(series);
    return refuse(
      "OpportunityOfferPairNotBookableError",
      `The ${offer.name} ticket is for members of ${seller.name}: link a ${seller.name} account first.`,
    );
  }
  const startMs = Date.parse(session.startDate);
  for (const person of attendees.length ? attendees : [customer]) {
    const problem = ageProblem(person, offer, startMs);
    if (problem) return refuse("OpportunityOfferPairNotBookableError", problem);
  }

  const links = req["imin:navigationLinks"] ?? [];
  const record: CheckoutSessionRecord = {
    id: store.newId("cs-"),
    customerId: customer.identifier,
    sessionId: session.id,
    offerId: offer.id,
    quantity: items.length,
    attendeeIds: attendees.map((a) => a.identifier),
    brokerName: order.broker.name,
    brokerUrl: order.broker.url,
    navigationLinks: links.map((l) => ({ name: l.name ?? "", linkType: l["imin:linkType"] ?? "", url: l.url })),
    createdAt: ctx.clock.nowIso(),
    entitlementPrice: entitlement || undefined,
  };
  return { ok: true, record };
}

function offerOf(series: SeriesRecord, ref: string): OfferRecord | undefined {
  const id = baseOfferId(ref);
  return series.offers.find((o) => o.id === id || o.identifier === id);
}

/** What one place costs on this checkout session. */
export function unitPricePence(offer: OfferRecord, record: CheckoutSessionRecord): number {
  return record.entitlementPrice && offer.entitlementPricePence !== undefined ? offer.entitlementPricePence : offer.pricePence;
}

export function sessionParts(ctx: SandboxContext, record: CheckoutSessionRecord) {
  if (isFacilityBooking(record.sessionId)) return slotCheckoutParts(ctx, record);
  const session: SessionRecord | undefined = ctx.store.sessionById(record.sessionId);
  if (!session) return undefined;
  const series = ctx.store.seriesOf(session);
  const offer = series.offers.find((o) => o.id === record.offerId);
  if (!offer) return undefined;
  return {
    session,
    series,
    offer,
    venue: ctx.store.venueOf(series),
    seller: ctx.store.sellerOf(series),
    activities: ctx.store.activitiesOf(series),
  };
}
