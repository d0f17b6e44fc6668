import type { Store } from "../store/store";
import type { Activity, OfferRecord, SeriesRecord, SessionRecord, Seller, Venue } from "../store/types";
import { availability, isSlotUnitId, parseUnitId, slotById, slotOffers, unitIdOf } from "./slots";
import type { CourtRecord, FacilityUseRecord, SlotRecord } from "./types";

/**
 * Checkout, orders and receipts are written for sessions; a booked court is shown to them as a
 * one-off session ("unit" id, the slot's times and free courts) of a one-off series (the
 * FacilityUse and court, the slot's offers). Nothing here is stored: slots are regenerated.
 */
export interface OpportunityParts {
  session: SessionRecord;
  series: SeriesRecord;
  venue: Venue;
  seller: Seller;
  activities: Activity[];
  slot?: SlotRecord;
  court?: CourtRecord;
}

const TEST_ITEMS = { "test-item-Slot-free": 0, "test-item-Slot-paid": 500 } as const;
export const TEST_OFFERS = ["test-offer-adult-guest", "test-offer-adult-member"] as const;
export type TestItem = keyof typeof TEST_ITEMS;

export function isTestItem(id: string): id is TestItem {
  return Object.hasOwn(TEST_ITEMS, id);
}

/** Is this checkout or order-item `sessionId` a facility booking (a slot unit or an imin test item)? */
export function isFacilityBooking(id: string): boolean {
  return isTestItem(id) || isSlotUnitId(id);
}

export function allOffersOf(fu: FacilityUseRecord): OfferRecord[] {
  return Object.values(fu.offers).filter((o): o is OfferRecord => !!o);
}

function slotParts(
  store: Store,
  slot: SlotRecord,
  court: CourtRecord | undefined,
  remaining: number,
  capacity: number,
  offers: OfferRecord[],
): OpportunityParts | undefined {
  const fu = slot.facilityUse;
  const venue = store.venues.get(fu.venueId);
  const seller = store.sellerById(fu.sellerId);
  const activity = store.activities.get(fu.activityId);
  if (!venue || !seller) return undefined;
  const c = slot.court ?? court;
  return {
    session: {
      id: c ? unitIdOf(slot, c) : slot.id,
      identifier: slot.identifier,
      seriesId: fu.id,
      startDate: new Date(slot.startMs).toISOString(),
      endDate: new Date(slot.endMs).toISOString(),
      capacity,
      remaining,
    },
    series: {
      id: fu.id,
      sessionSeriesId: fu.id,
      sellerId: fu.sellerId,
      venueId: fu.venueId,
      name: c ? `${fu.name}, ${c.name}` : fu.name,
      description: fu.description,
      activityIds: [fu.activityId],
      highFrequency: false,
      offers,
    },
    venue,
    seller,
    activities: activity ? [activity] : [],
    slot,
    court: c,
  };
}

/** For checkout: the slot with the first free court (or `bookedUnit`'s court once an order exists). */
export function slotForCheckout(store: Store, unitId: string, bookedUnit?: string): OpportunityParts | undefined {
  const slot = slotById(store, parseUnitId(unitId).slotId);
  if (!slot) return undefined;
  const avail = availability(store, slot);
  const bookedCode = bookedUnit ? parseUnitId(bookedUnit).courtCode : undefined;
  const court = slot.court ?? slot.facilityUse.courts.find((c) => c.code === bookedCode) ?? avail.freeCourts[0];
  return slotParts(store, slot, court, avail.remainingUses, avail.maximumUses, slotOffers(slot));
}

/** For orders and receipts: the slot and court an order item booked. */
export function slotForItem(store: Store, unitId: string): OpportunityParts | undefined {
  const { slotId, courtCode } = parseUnitId(unitId);
  const slot = slotById(store, slotId);
  if (!slot) return undefined;
  const court = slot.court ?? slot.facilityUse.courts.find((c) => c.code === courtCode);
  const avail = availability(store, slot);
  return slotParts(store, slot, court, avail.remainingUses, avail.maximumUses, allOffersOf(slot.facilityUse));
}

/** When each testing-mode checkout (and the item it made) starts, fixed when the checkout is created. */
const testStarts = new WeakMap<Store, Map<string, string>>();

export function rememberTestStart(store: Store, key: string, startIso: string): void {
  let map = testStarts.get(store);
  if (!map) {
    map = new Map();
    testStarts.set(store, map);
  }
  map.set(key, startIso);
}

export function testStartOf(store: Store, key: string): string | undefined {
  return testStarts.get(store)?.get(key);
}

/**
 * imin's testing-mode items: a fictional slot at the first seeded venue, tomorrow at 10:00 on the
 * sandbox clock, always with space, with the documented test offers.
 */
export function testItemParts(store: Store, item: TestItem, nowMs: number, startIso?: string): OpportunityParts | undefined {
  const venue = store.venues.values().next().value as Venue | undefined;
  const seller = venue ? store.sellerById(venue.sellerId) : undefined;
  if (!venue || !seller) return undefined;
  const start = startIso ? Date.parse(startIso) : Math.floor(nowMs / 3_600_000) * 3_600_000 + 24 * 3_600_000;
  const price = TEST_ITEMS[item];
  const offers: OfferRecord[] = TEST_OFFERS.map((id) => ({
    id,
    identifier: id,
    name: id.endsWith("member") ? "Adult member (test)" : "Adult guest (test)",
    pricePence: price,
    currency: "GBP",
    membershipRequired: false,
    cancellationWindowMinutes: 60,
  }));
  return {
    session: {
      id: item,
      identifier: item,
      seriesId: item,
      startDate: new Date(start).toISOString(),
      endDate: new Date(start + 3_600_000).toISOString(),
      capacity: 1,
      remaining: 1,
    },
    series: {
      id: item,
      sessionSeriesId: item,
      sellerId: seller.id,
      venueId: venue.id,
      name: price ? "Test facility slot (paid)" : "Test facility slot (free)",
      description: "imin testing mode: nothing is booked and no payment is taken.",
      activityIds: [],
      highFrequency: false,
      offers,
    },
    venue,
    seller,
    activities: [],
  };
}
