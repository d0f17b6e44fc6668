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

export type Eligibility = { ok: true; offerId: string; entitlement: boolean } | { ok: false; reason: string; linkSellers?: boolean };

export function describeAgeRange(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return min === max ? `Age ${min}` : `Ages ${min}–${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Ages ${max} and under`;
  return "All ages";
}

export function offerEligibility(
  offer: OfferFacts,
  session: { bookable: boolean; reason?: string; startDate: string; sellerId?: string; sellerName?: string },
  customer: CustomerFacts,
): Eligibility {
  if (!session.bookable) return { ok: false, reason: session.reason ?? "This session can't be booked online." };
  const offerId = offer.entitlement?.id ?? offer.id;
  if (!offerId) return { ok: false, reason: "This ticket can't be booked online." };
  if (offer.membershipRequired && customer.linkedSellerIds && !(session.sellerId && customer.linkedSellerIds.includes(session.sellerId))) {
    return {
      ok: false,
      reason: `Members only: link your ${session.sellerName ?? "organiser"} account first.`,
      linkSellers: true,
    };
  }
  if (customer.birthDate && (offer.ageMin !== undefined || offer.ageMax !== undefined)) {
    const age = ageOn(customer.birthDate, session.startDate);
    if (age !== undefined && ((offer.ageMin !== undefined && age < offer.ageMin) || (offer.ageMax !== undefined && age > offer.ageMax))) {
      return {
        ok: false,
        reason: `${describeAgeRange(offer.ageMin, offer.ageMax)} only; you will be ${age} on the day.`,
      };
    }
  }
  return { ok: true, offerId, entitlement: Boolean(offer.entitlement?.id) };
}
