/** One offer as the booking pages and the group-booking plan see it: a session's ticket or a slot's price. */
export interface OfferView {
  id?: string;
  name: string;
  price?: number;
  currency: string;
  ageMin?: number;
  ageMax?: number;
  membershipRequired: boolean;
  /** The entitlement price and the Offer id to book it with. */
  entitlement?: { id?: string; price?: number; name?: string; indicative?: boolean };
  /** Latest cancellation before the start, in minutes, when the offer allows one. */
  cancelMinutesBefore?: number;
}
