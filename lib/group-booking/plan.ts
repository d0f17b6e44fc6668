import { ageRangeText, sellerValues, type Words } from "@/lib/book/offer-words";
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

/** Why no ticket fits one person, for the page to word (`personProblemText`). */
type PersonProblem =
  | { code: "alreadyBooked" }
  | { code: "age"; age: number; misses: { offerName: string; ageMin?: number; ageMax?: number }[]; membersToo: boolean }
  | { code: "membersOnly" }
  | { code: "none" };

export type PersonOption =
  | { person: Person; age?: number; suitable: true; tickets: Ticket[]; defaultOfferId: string }
  | { person: Person; age?: number; suitable: false; problem: PersonProblem; sellerName?: string };

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
  if (alreadyBooked.has(person.iminCustomerId)) return { person, age, suitable: false, problem: { code: "alreadyBooked" } };
  const tickets: Ticket[] = [];
  const misses: { offerName: string; ageMin?: number; ageMax?: number }[] = [];
  let membersOnly = false;
  for (const offer of session.offers) {
    if (age !== undefined && ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax))) {
      misses.push({ offerName: offer.name, ageMin: offer.ageMin, ageMax: offer.ageMax });
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

  const problem: PersonProblem =
    misses.length > 0 && age !== undefined
      ? { code: "age", age, misses, membersToo: membersOnly }
      : membersOnly
        ? { code: "membersOnly" }
        : { code: "none" };
  return { person, age, suitable: false, problem, sellerName: session.sellerName };
}

/** Why no ticket fits this person, in the page's language: "No ticket for Sam's age (8 on the day): Adult: ages 16 and over." */
export function personProblemText(t: Words, option: Extract<PersonOption, { suitable: false }>): string {
  const { person, problem } = option;
  const who = { holder: person.isHolder ? "yes" : "no", name: person.givenName };
  switch (problem.code) {
    case "alreadyBooked":
      return t("groupBooking.reason.alreadyBooked", who);
    case "age": {
      const misses = problem.misses
        .map((m) =>
          t("groupBooking.reason.ageMiss", { ticket: m.offerName, ages: ageRangeText(t, m.ageMin, m.ageMax).toLocaleLowerCase() }),
        )
        .join("; ");
      const text = t("groupBooking.reason.age", { ...who, age: problem.age, misses });
      return problem.membersToo ? `${text} ${t("groupBooking.reason.membersToo")}` : text;
    }
    case "membersOnly":
      return person.isHolder
        ? t("session.refusal.membersOnly", sellerValues(option.sellerName))
        : t("groupBooking.reason.membersOnlyMember", { ...sellerValues(option.sellerName), name: person.givenName });
    default:
      return t("groupBooking.reason.none");
  }
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

/**
 * "you", "Sam", "you and Sam", "Sam, Jamie and Robin"; in Welsh "chi a Sam", "Sam ac Ann" (`ac` before
 * a vowel). Not Intl.ListFormat: Node's Welsh list writes "a(c)".
 */
export function namesOf(attendees: Pick<StepAttendee, "givenName" | "isHolder">[], t: Words): string {
  const names = attendees.map((a) => (a.isHolder ? t("groupBooking.you") : a.givenName));
  if (names.length <= 1) return names[0] ?? "";
  const last = names[names.length - 1]!;
  return t("groupBooking.names", { first: names.slice(0, -1).join(", "), last, vowel: /^[aeiouwyâêîôûŵŷ]/i.test(last) ? "yes" : "no" });
}

/** "Adult ticket for you", "Junior tickets for Sam and Jamie". */
function describeStep(step: Pick<PlanStep, "offerName" | "attendees">, t: Words): string {
  return t("groupBooking.step", {
    ticket: step.offerName,
    count: step.attendees.length > 1 ? "other" : "one",
    names: namesOf(step.attendees, t),
  });
}

/** "1 of 2: Adult ticket for you"; a plan of one step needs no count. */
export function stepLabel(step: Pick<PlanStep, "offerName" | "attendees">, index: number, total: number, t: Words): string {
  const text = describeStep(step, t);
  return total > 1 ? t("groupBooking.stepOf", { index: index + 1, total, step: text }) : text;
}

/** Why this group cannot be sent to checkout for lack of space; undefined when there is room. */
export function spacesProblem(remaining: number | undefined, groupSize: number, t: Words): string | undefined {
  if (remaining === undefined || remaining >= groupSize) return undefined;
  if (remaining <= 0) return t("groupBooking.spaces.full");
  return t("groupBooking.spaces.few", { remaining, count: groupSize });
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
