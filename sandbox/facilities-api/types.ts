import type { OfferRecord } from "../store/types";

/** One court, pitch, table or lane of a FacilityUse. */
export interface CourtRecord {
  /** Short code used in slot ids: "c3". */
  code: string;
  name: string; // "Court 3", "Lane 2"
}

/** A bookable kind of facility at a venue ("what, where"); its slots are generated per day. */
export interface FacilityUseRecord {
  /** Short id used in Facilities API URLs: "fu-1003-badminton". Never an Events API id. */
  id: string;
  sellerId: string;
  venueId: string;
  activityId: string;
  name: string;
  description: string;
  courts: CourtRecord[];
  /** Courts published as IndividualFacilityUses (one Slot list per court) rather than one Slot list. */
  individual: boolean;
  slotMinutes: 30 | 40 | 60;
  /** Opening hours in minutes from local midnight. */
  opensAt: number;
  closesAt: number;
  /** False for sellers whose slots cannot be booked through imin (no `imin:checkoutUrlTemplate`). */
  bookable: boolean;
  /** Offers by role; a slot carries the subset for its time (peak or off-peak, members-only). */
  offers: { peak: OfferRecord; offPeak: OfferRecord; junior?: OfferRecord; member: OfferRecord } | { free: OfferRecord };
  /** Operator's open-data base for slot identifiers. */
  feedBase: string;
  /** Per-FacilityUse salt for the deterministic daily occupancy. */
  salt: number;
}

/** One start time of a FacilityUse (or of one court of it), generated on demand. */
export interface SlotRecord {
  /** Short id, the tail of the By-ID URL: unit key glued to the start (`…-c32026-03-01T18-00-00`). */
  id: string;
  /** The operator's identifier (what checkout names). */
  identifier: string;
  facilityUse: FacilityUseRecord;
  /** Set when the slot belongs to one IndividualFacilityUse. */
  court?: CourtRecord;
  startMs: number;
  endMs: number;
  /** Courts taken by bookings made outside this broker (seeded). */
  seededTaken: string[];
  membersOnly: boolean;
  peak: boolean;
}
