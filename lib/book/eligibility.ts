import { ageOn } from "@/lib/time/venue-time";

/** Whether the signed-in customer can press Book Now on one offer, and if not, why. Pure. */

export interface OfferFacts {
  id?: string;
  name: string;
  ageMin?: number;
  ageMax?: number;
  membershipRequired: boolean;
  entitlement?: { id?: string };
}

export interface CustomerFacts {
  /** YYYY-MM-DD, when imin knows it. */
  birthDate?: string;
  /** Seller ids the customer has linked accounts with; undefined = not known (imin unreachable). */
  linkedSellerIds?: string[];
}

/**
 * Why an offer can't be booked, for the page to word in its language (`session.refusal.*`):
 * the session is closed, the offer has no id to book, it is for members, or the age does not fit.
 */
export type Refusal =
  | { code: "closed" }
  | { code: "noOnline" }
  | { code: "membersOnly"; sellerName?: string }
  | { code: "age"; ageMin?: number; ageMax?: number; age: number };

export type Eligibility = { ok: true; offerId: string; entitlement: boolean } | { ok: false; refusal: Refusal; linkSellers?: boolean };

/** An age range as the catalogue's `session.ages` select takes it: exact, range, over, under or all. */
export function ageRangeParts(
  min?: number,
  max?: number,
): { kind: "exact" | "range" | "over" | "under" | "all"; min: number; max: number } {
  const kind =
    min !== undefined && max !== undefined
      ? min === max
        ? "exact"
        : "range"
      : min !== undefined
        ? "over"
        : max !== undefined
          ? "under"
          : "all";
  return { kind, min: min ?? 0, max: max ?? 0 };
}

/** Why a session or slot is not bookable (as lib/imin's mappings decide it), for the page's words (`session.reason`). */
export type UnbookableKind = "cancelled" | "started" | "full" | "offline";

export function unbookableKind(
  item: { startDate: string; remaining?: number; eventStatus?: string },
  nowMs: number = Date.now(),
): UnbookableKind {
  if (item.eventStatus && /cancel/i.test(item.eventStatus)) return "cancelled";
  if (Date.parse(item.startDate) <= nowMs) return "started";
  if (item.remaining !== undefined && item.remaining <= 0) return "full";
  return "offline";
}

export function offerEligibility(
  offer: OfferFacts,
  session: { bookable: boolean; startDate: string; sellerId?: string; sellerName?: string },
  customer: CustomerFacts,
): Eligibility {
  if (!session.bookable) return { ok: false, refusal: { code: "closed" } };
  const offerId = offer.entitlement?.id ?? offer.id;
  if (!offerId) return { ok: false, refusal: { code: "noOnline" } };
  if (offer.membershipRequired && customer.linkedSellerIds && !(session.sellerId && customer.linkedSellerIds.includes(session.sellerId))) {
    return { ok: false, refusal: { code: "membersOnly", sellerName: session.sellerName }, linkSellers: true };
  }
  if (customer.birthDate && (offer.ageMin !== undefined || offer.ageMax !== undefined)) {
    const age = ageOn(customer.birthDate, session.startDate);
    if (age !== undefined && ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax))) {
      return { ok: false, refusal: { code: "age", ageMin: offer.ageMin, ageMax: offer.ageMax, age } };
    }
  }
  return { ok: true, offerId, entitlement: Boolean(offer.entitlement?.id) };
}
