import type { ItemParts, OrderUrls } from "../booking/order-render";
import type { Store } from "../store/store";
import type { OrderItemRecord } from "../store/types";
import { renderActivity, renderOrganizer, renderPlace } from "../events-api/render";
import { allOffersOf, isFacilityBooking, isTestItem, slotForItem, testItemParts, testStartOf } from "./opportunity";
import { minutesDuration } from "./render";

const iso = (value: string) => value.replace(/\.\d{3}Z$/, "Z");

/** `partsOf` for an order item that booked a facility slot (undefined for any other item). */
export function facilityItemParts(store: Store, item: OrderItemRecord): ItemParts | undefined {
  if (!isFacilityBooking(item.sessionId)) return undefined;
  const parts = isTestItem(item.sessionId)
    ? testItemParts(store, item.sessionId, Date.now(), testStartOf(store, item.identifier))
    : slotForItem(store, item.sessionId);
  if (!parts) return {};
  const offer =
    parts.series.offers.find((o) => o.id === item.offerId) ??
    (parts.slot ? allOffersOf(parts.slot.facilityUse).find((o) => o.id === item.offerId) : undefined);
  return { session: parts.session, series: parts.series, offer, seller: parts.seller, venue: parts.venue };
}

/**
 * The booked Slot in an Order: times, the FacilityUse (activity, venue, provider) and the court in
 * `beta:sportsActivityLocation`, all embedded, since slot URLs stop resolving once it has passed.
 */
export function renderBookedSlot(store: Store, item: OrderItemRecord, urls: OrderUrls) {
  if (!isFacilityBooking(item.sessionId) || isTestItem(item.sessionId)) return undefined;
  const parts = slotForItem(store, item.sessionId);
  if (!parts?.slot) return undefined;
  const { slot, court, venue, seller, activities } = parts;
  const fu = slot.facilityUse;
  const pub = new URL(urls.booking).origin;
  const facilities = urls.events.replace(/\/events-api\/v2$/, "/facilities-api/v2");
  const place = renderPlace(venue);
  return {
    type: "Slot",
    id: `${facilities}/slots/${encodeURIComponent(slot.id)}`,
    identifier: slot.identifier,
    startDate: iso(parts.session.startDate),
    endDate: iso(parts.session.endDate),
    duration: minutesDuration(fu.slotMinutes),
    location: place,
    "beta:sportsActivityLocation": court
      ? [{ type: "SportsActivityLocation", identifier: `${fu.id}-${court.code}`, name: court.name }]
      : undefined,
    facilityUse: {
      type: "FacilityUse",
      id: `${facilities}/facility-uses/${encodeURIComponent(fu.id)}`,
      identifier: fu.id,
      name: fu.name,
      activity: activities.map(renderActivity),
      location: place,
      provider: renderOrganizer({ events: facilities, public: pub }, seller),
    },
  };
}
