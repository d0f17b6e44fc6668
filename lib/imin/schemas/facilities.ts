import "server-only";
import { z } from "zod";
import { dataSource } from "./attribution";
import {
  aggregateOffer,
  concept,
  flag,
  lenient,
  list,
  namedThing,
  numeric,
  offer,
  organization,
  placeWithDistance,
  restrictedCollection,
  timedEvent,
} from "./common";

const slotOffer = offer.extend({
  latestCancellationBeforeStartDate: z.string().optional(),
  allowCustomerCancellationFullRefund: lenient(flag),
});

/** One start time of a facility. `remainingUses`/`maximumUses` count courts, not people. */
const slot = timedEvent.extend({
  remainingUses: lenient(numeric),
  maximumUses: lenient(numeric),
  "imin:aggregateOffer": lenient(aggregateOffer),
  offers: list(slotOffer),
  /** The courts, pitches or lanes the slot names. */
  "beta:sportsActivityLocation": list(namedThing),
  /** Present if and only if the slot can be booked through imin. */
  "imin:checkoutUrlTemplate": z.string().optional(),
});
export type SlotPayload = z.infer<typeof slot>;

/** A specific court or pitch with its own slots. */
const individualFacilityUse = namedThing.extend({ event: list(slot) });

const facilityUseHead = namedThing.extend({
  description: z.string().optional(),
  activity: list(concept),
  location: lenient(placeWithDistance),
  provider: lenient(organization),
  "imin:dataSource": lenient(dataSource),
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
