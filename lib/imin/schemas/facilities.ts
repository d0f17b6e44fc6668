import "server-only";
import { z } from "zod";
import {
  concept,
  flag,
  identifier,
  lenient,
  list,
  numeric,
  organization,
  quantitativeValue,
  restrictedCollection,
  typeName,
} from "./common";
import { aggregateOfferPart, eventPlace } from "./events";

/** A court, pitch or lane named on a Slot (`beta:sportsActivityLocation`). */
const sportsActivityLocation = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
});

const slotOffer = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  ageRange: lenient(quantitativeValue),
  "imin:membershipRequired": lenient(flag),
  latestCancellationBeforeStartDate: z.string().optional(),
  allowCustomerCancellationFullRefund: lenient(flag),
});

const slotAggregateOffer = z.object({
  type: typeName,
  publicAdult: lenient(aggregateOfferPart),
  publicJunior: lenient(aggregateOfferPart),
});

/** One start time of a facility. `remainingUses`/`maximumUses` count courts, not people. */
const slot = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  startDate: z.string().min(1),
  endDate: z.string().optional(),
  duration: z.string().optional(),
  remainingUses: lenient(numeric),
  maximumUses: lenient(numeric),
  "imin:aggregateOffer": lenient(slotAggregateOffer),
  offers: list(slotOffer),
  "beta:sportsActivityLocation": list(sportsActivityLocation),
  /** Present if and only if the slot can be booked through imin. */
  "imin:checkoutUrlTemplate": z.string().optional(),
});
export type SlotPayload = z.infer<typeof slot>;

/** A specific court or pitch with its own slots. */
const individualFacilityUse = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  event: list(slot),
});

const facilityUseHead = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  description: z.string().optional(),
  activity: list(concept),
  location: lenient(eventPlace),
  provider: lenient(organization),
  "imin:distanceFromSearchPoint": lenient(numeric),
});

/** `event[]` holds Slots or IndividualFacilityUses (each with Slots); branch on `type`. */
const facilityEvent = z.union([individualFacilityUse.refine((e) => /IndividualFacilityUse$/.test(e.type ?? "")), slot]);

export const facilityUse = facilityUseHead.extend({ event: list(facilityEvent) });
export type FacilityUsePayload = z.infer<typeof facilityUse>;

export const facilityUsesCollection = restrictedCollection(facilityUse);

/** Slot By-ID: the slot with its FacilityUse, directly or through its IndividualFacilityUse. */
export const slotDetail = slot.extend({
  facilityUse: lenient(
    facilityUseHead.extend({
      facilityUse: lenient(facilityUseHead),
    }),
  ),
});

/** Every slot of a FacilityUse, whichever layout its provider uses, with the court when known. */
export function slotsOf(fu: FacilityUsePayload): { slot: SlotPayload; court?: string }[] {
  const out: { slot: SlotPayload; court?: string }[] = [];
  for (const e of fu.event) {
    if ("event" in e) for (const s of e.event) out.push({ slot: s, court: e.name });
    else out.push({ slot: e as SlotPayload });
  }
  return out;
}
