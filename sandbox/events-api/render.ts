import type { OfferRecord, SeriesRecord, SessionRecord, Seller, Venue } from "../store/types";
import type { Activity } from "../store/types";
import { publicOffer } from "./search-index";
import { minutesDuration } from "../facilities-api/render";
import { renderDataSource } from "../firehose/render";

/** Where ids and links point; taken from the sandbox context once per request. */
export interface EventsUrls {
  events: string; // .../events-api/v2
  public: string; // sandbox base, for logos
}

/** An entitlement the customer holds at a seller, from a decoded `entitlementFilter`. */
export interface HeldEntitlement {
  sellerId: string;
  entitlementId: string;
  label?: string;
}

export const pounds = (pence: number) => Math.round(pence) / 100;

/** The Offer id a checkout names to ask for the entitlement price of `offer`. */
function entitlementOfferId(offer: OfferRecord): string {
  return `${offer.id}/entitlement-price`;
}

export function isEntitlementOfferId(id: string): boolean {
  return id.endsWith("/entitlement-price");
}

export function baseOfferId(id: string): string {
  return isEntitlementOfferId(id) ? id.slice(0, -"/entitlement-price".length) : id;
}

/** A session can be booked only when it is in the future, not cancelled by the seller, has space and offers. */
export function bookability(
  session: SessionRecord,
  series: SeriesRecord,
  nowMs: number,
): { bookable: true } | { bookable: false; reason: "cancelled" | "past" | "full" | "no-offers" } {
  if (session.cancelledMessage) return { bookable: false, reason: "cancelled" };
  if (Date.parse(session.startDate) <= nowMs) return { bookable: false, reason: "past" };
  if (session.remaining <= 0) return { bookable: false, reason: "full" };
  if (series.offers.length === 0) return { bookable: false, reason: "no-offers" };
  return { bookable: true };
}

export function scheduledSessionUrl(urls: EventsUrls, session: SessionRecord): string {
  return `${urls.events}/scheduled-sessions/${encodeURIComponent(session.id)}`;
}

export function eventSeriesUrl(urls: EventsUrls, series: SeriesRecord): string {
  return `${urls.events}/event-series/${encodeURIComponent(series.id)}`;
}

export function renderActivity(a: Activity) {
  return { type: "Concept", id: a.id, prefLabel: a.prefLabel, inScheme: "https://openactive.io/activity-list" };
}

export function renderOrganizer(urls: EventsUrls, seller: Seller) {
  return {
    type: "Organization",
    id: seller.id,
    name: seller.name,
    url: seller.url,
    logo: { type: "ImageObject", url: `${urls.public}${seller.logoPath}` },
    email: seller.email,
    telephone: seller.telephone,
  };
}

export function renderPlace(venue: Venue, distanceKm?: number) {
  // Seeded quirk, as in real feeds: some address parts carry stray leading whitespace.
  const pad = (value: string) => (venue.strayWhitespace ? ` ${value}` : value);
  return {
    type: "Place",
    identifier: venue.id,
    name: venue.name,
    telephone: venue.telephone,
    address: {
      type: "PostalAddress",
      streetAddress: venue.streetAddress,
      addressLocality: pad(venue.addressLocality),
      addressRegion: pad(venue.addressRegion),
      postalCode: venue.postalCode,
      addressCountry: "GB",
    },
    geo: {
      type: "GeoCoordinates",
      latitude: venue.latitude,
      longitude: venue.longitude,
      ...(distanceKm === undefined
        ? {}
        : {
            "imin:distanceFromGeoQueryCenter": {
              type: "QuantitativeValue",
              value: Math.round(distanceKm * 1000) / 1000,
              unitCode: "KMT",
            },
          }),
    },
  };
}

function ageRange(min?: number, max?: number) {
  if (min === undefined && max === undefined) return undefined;
  return { type: "QuantitativeValue", minValue: min, maxValue: max };
}

function entitlementPart(offer: OfferRecord, held: HeldEntitlement | undefined, withId = true) {
  if (!held || offer.entitlementPricePence === undefined) return undefined;
  return {
    type: "AggregateOffer",
    id: withId ? entitlementOfferId(offer) : undefined,
    name: held.label ?? "Entitlement price",
    price: pounds(offer.entitlementPricePence),
    priceCurrency: offer.currency,
  };
}

/** `imin:aggregateOffer`: the public adult and junior prices, with ids only when the item can be booked. */
export function renderAggregateOffer(series: SeriesRecord, bookable: boolean, held: HeldEntitlement | undefined) {
  const part = (offer: OfferRecord | undefined) =>
    offer && {
      type: "AggregateOffer",
      id: bookable ? offer.id : undefined,
      price: pounds(offer.pricePence),
      priceCurrency: offer.currency,
      "imin:membershipRequired": offer.membershipRequired,
    };
  const adult = publicOffer(series, "publicAdult");
  const junior = publicOffer(series, "publicJunior");
  const candidate = held ? [adult, ...series.offers].find((o) => o && o.entitlementPricePence !== undefined) : undefined;
  const active = candidate ? entitlementPart(candidate, held, bookable) : undefined;
  return {
    type: "imin:AggregateOffer",
    activeEntitlement: active,
    publicAdult: part(adult),
    publicJunior: part(junior),
  };
}

/** The full `offers[]` of the by-ID results. */
export function renderOffers(series: SeriesRecord, held: HeldEntitlement | undefined) {
  return series.offers.map((offer) => ({
    type: "Offer",
    id: offer.id,
    identifier: offer.identifier,
    name: offer.name,
    description: series.name,
    price: pounds(offer.pricePence),
    priceCurrency: offer.currency,
    ageRange: ageRange(offer.ageMin, offer.ageMax),
    "imin:membershipRequired": offer.membershipRequired,
    // The OpenActive Offer's cancellation window, as the Facilities API's slot offers and the order items give it.
    latestCancellationBeforeStartDate:
      offer.cancellationWindowMinutes === undefined
        ? undefined
        : offer.cancellationWindowMinutes === 0
          ? "PT0M"
          : minutesDuration(offer.cancellationWindowMinutes),
    allowCustomerCancellationFullRefund: offer.cancellationWindowMinutes !== undefined,
    activeEntitlement: entitlementPart(offer, held),
  }));
}

export function renderScheduledSession(urls: EventsUrls, session: SessionRecord, series: SeriesRecord, nowMs: number) {
  const state = bookability(session, series, nowMs);
  return {
    type: "ScheduledSession",
    id: scheduledSessionUrl(urls, session),
    identifier: session.identifier,
    startDate: session.startDate,
    endDate: session.endDate,
    duration: isoDuration(Date.parse(session.endDate) - Date.parse(session.startDate)),
    eventStatus: session.cancelledMessage ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    "imin:cancellationMessage": session.cancelledMessage,
    maximumAttendeeCapacity: session.capacity,
    remainingAttendeeCapacity: Math.max(0, session.remaining),
    "imin:checkoutUrlTemplate": state.bookable
      ? `{checkoutBaseUrl}/checkout/v1/scheduled-sessions/${encodeURIComponent(session.identifier)}`
      : undefined,
  };
}

function isoDuration(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}` || undefined;
}

export interface SeriesParts {
  series: SeriesRecord;
  venue: Venue;
  seller: Seller;
  activities: Activity[];
}

/** An EventSeries with its one SessionSeries; `sessions` are already rendered ScheduledSessions. */
export function renderEventSeries(
  urls: EventsUrls,
  parts: SeriesParts,
  opts: {
    sessions: unknown[];
    anyBookable: boolean;
    held: HeldEntitlement | undefined;
    distanceKm?: number;
    withOffers: boolean;
  },
) {
  const { series, venue, seller, activities } = parts;
  const activity = activities.map(renderActivity);
  const organizer = renderOrganizer(urls, seller);
  const aggregate = renderAggregateOffer(series, opts.anyBookable, opts.held);
  const range = ageRange(series.ageMin, series.ageMax);
  return {
    type: "EventSeries",
    id: eventSeriesUrl(urls, series),
    identifier: series.id,
    name: series.name,
    description: series.description,
    activity,
    organizer,
    ageRange: range,
    "imin:aggregateOffer": aggregate,
    "imin:distanceFromSearchPoint": opts.distanceKm === undefined ? undefined : Math.round(opts.distanceKm * 1000) / 1000,
    "imin:tag": series.highFrequency ? ["HighFrequencySession"] : undefined,
    subEvent: [
      {
        type: "SessionSeries",
        identifier: series.sessionSeriesId,
        name: series.name,
        activity,
        organizer,
        location: renderPlace(venue, opts.distanceKm),
        ageRange: range,
        "imin:aggregateOffer": aggregate,
        offers: opts.withOffers ? renderOffers(series, opts.held) : undefined,
        "imin:dataSource": renderDataSource(series.dataSource ?? seller.dataSource),
        subEvent: opts.sessions,
      },
    ],
  };
}
