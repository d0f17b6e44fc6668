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

export type Eligibility =
  | { ok: true; offerId: string; entitlement: boolean }
  | { ok: false; reason: string; linkSellers?: boolean };

export function ageOn(birthDate: string, atIso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate.trim());
  const at = new Date(atIso);
  if (!m || Number.isNaN(at.getTime())) return undefined;
  let age = at.getUTCFullYear() - Number(m[1]);
  const month = at.getUTCMonth() + 1;
  if (month < Number(m[2]) || (month === Number(m[2]) && at.getUTCDate() < Number(m[3]))) age -= 1;
  return age;
}

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
