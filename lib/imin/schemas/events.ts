import "server-only";
import { z } from "zod";
import {
  concept,
  flag,
  geoCoordinates,
  identifier,
  lenient,
  list,
  numeric,
  organization,
  place,
  quantitativeValue,
  restrictedCollection,
  typeName,
} from "./common";

const activeEntitlement = z.object({
  type: typeName,
  id: z.string().optional(),
  name: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  entitlementType: lenient(concept),
  "imin:indicativePrice": lenient(flag),
});

/** `geo` of a search result's Place: imin adds the distance from the `geo[radial]` centre. */
const geoWithDistance = geoCoordinates.extend({
  "imin:distanceFromGeoQueryCenter": lenient(z.object({ type: typeName, value: numeric, unitCode: z.string().optional() })),
});
export const eventPlace = place.extend({ geo: lenient(geoWithDistance) });

/** `imin:aggregateOffer.publicAdult|publicJunior` in search results. */
export const aggregateOfferPart = z.object({
  type: typeName,
  id: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  "imin:membershipRequired": lenient(flag),
  activeEntitlement: lenient(activeEntitlement),
});

const iminAggregateOffer = z.object({
  type: typeName,
  /** Present when the search named an `entitlementFilter` and the customer's entitlement applies. */
  activeEntitlement: lenient(activeEntitlement),
  publicAdult: lenient(aggregateOfferPart),
  publicJunior: lenient(aggregateOfferPart),
});

const offer = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  description: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  ageRange: lenient(quantitativeValue),
  "imin:membershipRequired": lenient(flag),
  activeEntitlement: lenient(activeEntitlement),
});

const scheduledSession = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  startDate: z.string().min(1),
  endDate: z.string().optional(),
  duration: z.string().optional(),
  eventStatus: z.string().optional(),
  "imin:cancellationMessage": z.string().optional(),
  remainingAttendeeCapacity: lenient(numeric),
  maximumAttendeeCapacity: lenient(numeric),
  "imin:checkoutUrlTemplate": z.string().optional(),
});

export const sessionSeries = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  description: z.string().optional(),
  activity: list(concept),
  location: lenient(eventPlace),
  organizer: lenient(organization),
  ageRange: lenient(quantitativeValue),
  "imin:aggregateOffer": lenient(iminAggregateOffer),
  offers: list(offer),
  subEvent: list(scheduledSession),
  "imin:checkoutUrlTemplate": z.string().optional(),
});

export const eventSeries = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  name: z.string().optional(),
  description: z.string().optional(),
  activity: list(concept),
  organizer: lenient(organization),
  ageRange: lenient(quantitativeValue),
  "imin:aggregateOffer": lenient(iminAggregateOffer),
  offers: list(offer),
  subEvent: list(sessionSeries),
  /** Distance from the search point, when the search had one. */
  "imin:distanceFromSearchPoint": lenient(numeric),
});

export const eventSeriesCollection = restrictedCollection(eventSeries);

/** By-ID `GET {events}/scheduled-sessions/{id}`: the session with its SessionSeries (full offers). */
export const scheduledSessionDetail = scheduledSession.extend({
  superEvent: lenient(
    sessionSeries.extend({
      superEvent: lenient(
        z.object({ type: typeName, id: z.string().optional(), identifier: lenient(identifier), name: z.string().optional() }),
      ),
    }),
  ),
});
export type ScheduledSessionDetailPayload = z.infer<typeof scheduledSessionDetail>;

/**
 * A venue from `GET {events}/places`: decision — a Place plus how many upcoming events it has
 * (`imin:eventCount`; imin's documented form is `imin:event.imin:totalItems`, read as a fallback).
 */
const placeWithCount = eventPlace.extend({
  "imin:eventCount": lenient(numeric),
  "imin:event": lenient(z.object({ type: typeName, id: z.string().optional(), "imin:totalItems": lenient(numeric) })),
});
export const placesCollection = restrictedCollection(placeWithCount);

/**
 * What a results list reads from a search, and nothing more: search pages can hold 50 series, and
 * reading organisers, offers and schedules the list never shows would cost more than the request.
 */
const searchSession = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  startDate: z.string().min(1),
  endDate: z.string().optional(),
  eventStatus: z.string().optional(),
  remainingAttendeeCapacity: lenient(numeric),
  "imin:checkoutUrlTemplate": z.string().optional(),
});
const searchLabel = z.object({ prefLabel: z.string().optional() });
const searchPlace = z.object({
  name: z.string().optional(),
  address: lenient(z.object({ addressLocality: z.string().optional() })),
  geo: lenient(
    z.object({
      "imin:distanceFromGeoQueryCenter": lenient(z.object({ value: numeric })),
    }),
  ),
});
const searchResultSeries = z.object({
  type: typeName,
  name: z.string().optional(),
  activity: list(searchLabel),
  "imin:aggregateOffer": lenient(iminAggregateOffer),
  "imin:distanceFromSearchPoint": lenient(numeric),
  subEvent: list(
    z.object({
      type: typeName,
      name: z.string().optional(),
      activity: list(searchLabel),
      location: lenient(searchPlace),
      "imin:aggregateOffer": lenient(iminAggregateOffer),
      subEvent: list(searchSession),
    }),
  ),
});
export const searchResultsCollection = restrictedCollection(searchResultSeries);
