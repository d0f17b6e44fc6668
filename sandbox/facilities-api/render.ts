import type { Store } from "../store/store";
import type { OfferRecord } from "../store/types";
import { pounds, renderActivity, renderOrganizer, renderPlace } from "../events-api/render";
import { renderDataSource } from "../firehose/render";
import { availability, isBookable, slotOffers, type Availability } from "./slots";
import type { CourtRecord, FacilityUseRecord, SlotRecord } from "./types";

export interface FacilitiesUrls {
  facilities: string; // …/facilities-api/v2
  public: string; // sandbox base, for logos
}

const facilityUseUrl = (urls: FacilitiesUrls, fu: FacilityUseRecord) => `${urls.facilities}/facility-uses/${encodeURIComponent(fu.id)}`;
export const slotUrl = (urls: FacilitiesUrls, slot: SlotRecord) => `${urls.facilities}/slots/${encodeURIComponent(slot.id)}`;

/** ISO 8601 duration of whole minutes: `PT40M`, `PT1H`. */
export function minutesDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** imin strips nulls, undefined and empty arrays. */
function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) delete value[key];
  }
  return value;
}

function renderSlotOffer(offer: OfferRecord) {
  return compact({
    type: "Offer",
    id: offer.id,
    identifier: offer.identifier,
    name: offer.name,
    price: pounds(offer.pricePence),
    priceCurrency: offer.currency,
    ageRange:
      offer.ageMin === undefined && offer.ageMax === undefined
        ? undefined
        : compact({ type: "QuantitativeValue", minValue: offer.ageMin, maxValue: offer.ageMax }),
    "imin:membershipRequired": offer.membershipRequired,
    latestCancellationBeforeStartDate:
      offer.cancellationWindowMinutes === undefined ? undefined : minutesDuration(offer.cancellationWindowMinutes),
    allowCustomerCancellationFullRefund: offer.cancellationWindowMinutes !== undefined,
  });
}

/** Public adult and junior prices of a slot (members-only slots: the member price, flagged). */
function aggregateOffer(slot: SlotRecord, bookable: boolean) {
  const offers = slotOffers(slot);
  const part = (offer: OfferRecord | undefined) =>
    offer &&
    compact({
      type: "AggregateOffer",
      id: bookable ? offer.id : undefined,
      price: pounds(offer.pricePence),
      priceCurrency: offer.currency,
      "imin:membershipRequired": offer.membershipRequired,
    });
  const adult = offers.find((o) => o.aggregateRole === "publicAdult") ?? (slot.membersOnly ? offers[0] : undefined);
  return compact({
    type: "imin:AggregateOffer",
    publicAdult: part(adult),
    publicJunior: part(offers.find((o) => o.aggregateRole === "publicJunior")),
  });
}

function courtLocation(fu: FacilityUseRecord, court: CourtRecord) {
  return { type: "SportsActivityLocation", identifier: `${fu.id}-${court.code}`, name: court.name };
}

/**
 * One Slot. Search results carry the times, uses and summary price; By-ID adds the full `offers`,
 * `endDate` and, for slots standing for several courts, the free courts.
 */
function renderSlot(store: Store, urls: FacilitiesUrls, slot: SlotRecord, nowMs: number, detail: boolean, avail?: Availability) {
  const a = avail ?? availability(store, slot);
  const bookable = isBookable(slot, a, nowMs);
  return compact({
    type: "Slot",
    id: slotUrl(urls, slot),
    identifier: slot.identifier,
    startDate: iso(slot.startMs),
    endDate: detail ? iso(slot.endMs) : undefined,
    duration: minutesDuration(slot.facilityUse.slotMinutes),
    remainingUses: a.remainingUses,
    maximumUses: a.maximumUses,
    "imin:aggregateOffer": aggregateOffer(slot, bookable),
    offers: detail ? slotOffers(slot).map(renderSlotOffer) : undefined,
    "beta:sportsActivityLocation": detail && !slot.court ? a.freeCourts.map((c) => courtLocation(slot.facilityUse, c)) : undefined,
    "imin:checkoutUrlTemplate": bookable ? `{checkoutBaseUrl}/checkout/v1/slots/${encodeURIComponent(slot.identifier)}` : undefined,
  });
}

/** The FacilityUse's own fields (no `event`). */
export function renderFacilityUseHead(store: Store, urls: FacilitiesUrls, fu: FacilityUseRecord, distanceKm?: number) {
  const venue = store.venues.get(fu.venueId)!;
  const seller = store.sellerById(fu.sellerId)!;
  const activity = store.activities.get(fu.activityId);
  return compact({
    type: "FacilityUse",
    id: facilityUseUrl(urls, fu),
    identifier: fu.id,
    name: fu.name,
    description: fu.description,
    url: seller.url,
    activity: activity ? [renderActivity(activity)] : [],
    location: renderPlace(venue, distanceKm),
    provider: renderOrganizer({ events: urls.facilities, public: urls.public }, seller),
    "imin:dataSource": renderDataSource(seller.dataSource),
    "imin:distanceFromSearchPoint": distanceKm === undefined ? undefined : Math.round(distanceKm * 1000) / 1000,
  });
}

/** `event`: Slots directly, or one IndividualFacilityUse per court holding its Slots. */
export function renderEvents(
  store: Store,
  urls: FacilitiesUrls,
  fu: FacilityUseRecord,
  slots: SlotRecord[],
  nowMs: number,
  detail: boolean,
) {
  if (!fu.individual) return slots.map((s) => renderSlot(store, urls, s, nowMs, detail));
  // By-ID courts carry what OpenActive requires of an IndividualFacilityUse; search keeps them lean.
  const head = detail ? renderFacilityUseHead(store, urls, fu) : undefined;
  const out: unknown[] = [];
  for (const court of fu.courts) {
    const own = slots.filter((s) => s.court?.code === court.code);
    if (own.length === 0) continue;
    out.push(
      compact({
        type: "IndividualFacilityUse",
        // imin documents no IndividualFacilityUse route: a fragment of its FacilityUse names it.
        id: head ? `${head.id}#${court.code}` : undefined,
        identifier: `${fu.id}-${court.code}`,
        name: court.name,
        url: head?.url,
        activity: head?.activity,
        location: head?.location,
        provider: head?.provider,
        event: own.map((s) => renderSlot(store, urls, s, nowMs, detail)),
      }),
    );
  }
  return out;
}

/** The Slot By-ID answer: the slot with its parent embedded (through its court when it has one). */
export function renderSlotDetail(store: Store, urls: FacilitiesUrls, slot: SlotRecord, nowMs: number) {
  const fu = slot.facilityUse;
  const head = renderFacilityUseHead(store, urls, fu);
  const parent = slot.court
    ? {
        type: "IndividualFacilityUse",
        identifier: `${fu.id}-${slot.court.code}`,
        name: slot.court.name,
        facilityUse: head,
      }
    : head;
  return {
    ...renderSlot(store, urls, slot, nowMs, true),
    facilityUse: parent,
  };
}
