import { describeAgeRange } from "@/lib/book/eligibility";
import type { OfferView } from "@/lib/imin/offer-view";
import { ageOn } from "../family/age";

/**
 * Booking one session for several people (issue 13): which tickets each person may have, and how
 * the chosen tickets become checkouts. imin books one offer per checkout, so people on the same
 * ticket share one group checkout and a mix becomes a short sequence. Pure: no imin, no database.
 */

export interface Person {
  /** "me" for the account holder, otherwise the household member's id. */
  key: string;
  iminCustomerId: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD, when known. */
  birthDate: string | null;
  isHolder: boolean;
}

export interface PlanSession {
  startDate: string;
  sellerId?: string;
  sellerName?: string;
  offers: OfferView[];
}

interface Ticket {
  /** The `acceptedOffer` to send: the entitlement price's id when it applies. */
  offerId: string;
  offerName: string;
  price?: number;
  currency: string;
  entitlement: boolean;
  /** The entitlement price is indicative (imin says so). */
  indicative: boolean;
}

export type PersonOption =
  | { person: Person; age?: number; suitable: true; tickets: Ticket[]; defaultOfferId: string }
  | { person: Person; age?: number; suitable: false; reason: string };

export const HOLDER_KEY = "me";

/** Whole years on the session's UK day; undefined when the birth date is unknown or unreadable. */
function personAge(person: Pick<Person, "birthDate">, startDate: string): number | undefined {
  if (!person.birthDate) return undefined;
  try {
    return ageOn(person.birthDate, startDate);
  } catch {
    return undefined;
  }
}

/**
 * The tickets one person may have on this session, cheapest first.
 * - Age: the offer's range against the person's age on the session's day (unknown age: allowed, as
 *   imin does; the organiser checks at the door).
 * - Membership and entitlement prices belong to the account holder: they come from the holder's own
 *   linked seller accounts, which a family member (an account the portal created) does not have.
 * - Someone who already holds a place on the session is not offered another.
 */
export function ticketsFor(
  person: Person,
  session: PlanSession,
  holder: { linkedSellerIds?: string[] },
  alreadyBooked: ReadonlySet<string> = new Set(),
): PersonOption {
  const age = personAge(person, session.startDate);
  const who = person.isHolder ? "you" : person.givenName;
  if (alreadyBooked.has(person.iminCustomerId)) {
    return {
      person,
      age,
      suitable: false,
      reason: `${person.isHolder ? "You already have" : `${person.givenName} already has`} a place on this session.`,
    };
  }
  const tickets: Ticket[] = [];
  const ageMisses: string[] = [];
  let membersOnly = false;
  for (const offer of session.offers) {
    if (age !== undefined && ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax))) {
      ageMisses.push(`${offer.name}: ${describeAgeRange(offer.ageMin, offer.ageMax).toLowerCase()}`);
      continue;
    }
    if (offer.membershipRequired) {
      const linked =
        person.isHolder &&
        (holder.linkedSellerIds === undefined || (!!session.sellerId && holder.linkedSellerIds.includes(session.sellerId)));
      if (!linked) {
        membersOnly = true;
        continue;
      }
    }
    const entitlement = person.isHolder && offer.entitlement?.id && offer.entitlement.price !== undefined ? offer.entitlement : undefined;
    const offerId = entitlement?.id ?? offer.id;
    if (!offerId) continue;
    tickets.push({
      offerId,
      offerName: offer.name,
      price: entitlement?.price ?? offer.price,
      currency: offer.currency,
      entitlement: !!entitlement,
      indicative: !!entitlement?.indicative,
    });
  }
  tickets.sort((a, b) => (a.price ?? Number.POSITIVE_INFINITY) - (b.price ?? Number.POSITIVE_INFINITY));
  if (tickets.length > 0) return { person, age, suitable: true, tickets, defaultOfferId: tickets[0]!.offerId };

  let reason: string;
  if (ageMisses.length > 0 && age !== undefined) {
    reason = `No ticket for ${who === "you" ? "your" : `${who}'s`} age (${age} on the day): ${ageMisses.join("; ")}.`;
    if (membersOnly) reason += ` The other tickets are for members.`;
  } else if (membersOnly) {
    reason = person.isHolder
      ? `Members only: link your ${session.sellerName ?? "organiser"} account first.`
      : `Members only: a membership belongs to the person who linked it, and ${who} has no linked ${session.sellerName ?? "organiser"} account.`;
  } else {
    reason = "No ticket can be booked online for this session.";
  }
  return { person, age, suitable: false, reason };
}

/** Someone's chosen ticket, after the server has checked it is one of their own. */
export interface Selection {
  person: Person;
  ticket: Ticket;
}

export interface StepAttendee {
  key: string;
  iminCustomerId: string;
  givenName: string;
  isHolder: boolean;
}

export interface PlanStep {
  offerId: string;
  offerName: string;
  entitlement: boolean;
  price?: number;
  currency: string;
  attendees: StepAttendee[];
}

/**
 * One checkout per ticket, people in the order they were listed (the holder first), steps in the
 * order their first person appears. Never splits a ticket: imin requires every OrderItem of a
 * checkout to name the same opportunity and offer.
 */
export function planCheckouts(selections: Selection[]): PlanStep[] {
  const steps: PlanStep[] = [];
  const seen = new Set<string>();
  for (const { person, ticket } of selections) {
    if (seen.has(person.iminCustomerId)) continue;
    seen.add(person.iminCustomerId);
    let step = steps.find((s) => s.offerId === ticket.offerId);
    if (!step) {
      step = {
        offerId: ticket.offerId,
        offerName: ticket.offerName,
        entitlement: ticket.entitlement,
        price: ticket.price,
        currency: ticket.currency,
        attendees: [],
      };
      steps.push(step);
    }
    step.attendees.push({ key: person.key, iminCustomerId: person.iminCustomerId, givenName: person.givenName, isHolder: person.isHolder });
  }
  return steps;
}

/** "you", "Sam", "you and Sam", "Sam, Jamie and Robin". */
export function namesOf(attendees: Pick<StepAttendee, "givenName" | "isHolder">[]): string {
  const names = attendees.map((a) => (a.isHolder ? "you" : a.givenName));
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "Adult ticket for you", "Junior tickets for Sam and Jamie". */
function describeStep(step: Pick<PlanStep, "offerName" | "attendees">): string {
  const plural = step.attendees.length > 1 ? "tickets" : "ticket";
  return `${step.offerName} ${plural} for ${namesOf(step.attendees)}`;
}

/** "1 of 2: Adult ticket for you"; a plan of one step needs no count. */
export function stepLabel(step: Pick<PlanStep, "offerName" | "attendees">, index: number, total: number): string {
  return total > 1 ? `${index + 1} of ${total}: ${describeStep(step)}` : describeStep(step);
}

/** Why this group cannot be sent to checkout for lack of space; undefined when there is room. */
export function spacesProblem(remaining: number | undefined, groupSize: number): string | undefined {
  if (remaining === undefined || remaining >= groupSize) return undefined;
  if (remaining <= 0) return "This session is full.";
  return `Only ${remaining} ${remaining === 1 ? "space is" : "spaces are"} left, for ${groupSize} people: choose fewer people or another session.`;
}

/**
 * The order a step was booked in, when every one of its attendees now holds a confirmed place on
 * the session (`placesByCustomer`: imin customer id → order id). A step that is already booked is
 * skipped, never sent to checkout again.
 */
export function bookedOrderOf(step: Pick<PlanStep, "attendees">, placesByCustomer: ReadonlyMap<string, string>): string | undefined {
  const orders = step.attendees.map((a) => placesByCustomer.get(a.iminCustomerId));
  if (orders.length === 0 || orders.some((o) => o === undefined)) return undefined;
  return orders[0];
}
