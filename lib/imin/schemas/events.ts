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
  place,
  quantitativeValue,
  restrictedCollection,
  typeName,
} from "./common";

export const activeEntitlement = z.object({
  type: typeName,
  id: z.string().optional(),
  name: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  entitlementType: lenient(concept),
});

/** `imin:aggregateOffer.publicAdult|publicJunior` in search results. */
export const aggregateOfferPart = z.object({
  type: typeName,
  id: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  "imin:membershipRequired": lenient(flag),
  activeEntitlement: lenient(activeEntitlement),
});

export const iminAggregateOffer = z.object({
  type: typeName,
  publicAdult: lenient(aggregateOfferPart),
  publicJunior: lenient(aggregateOfferPart),
});

export const offer = z.object({
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
export type OfferPayload = z.infer<typeof offer>;

export const scheduledSession = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
  startDate: z.string().min(1),
  endDate: z.string().optional(),
  duration: z.string().optional(),
  eventStatus: z.string().optional(),
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
  location: lenient(place),
  organizer: lenient(organization),
  ageRange: lenient(quantitativeValue),
  "imin:aggregateOffer": lenient(iminAggregateOffer),
  offers: list(offer),
  subEvent: list(scheduledSession),
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
export type EventSeriesPayload = z.infer<typeof eventSeries>;

export const eventSeriesCollection = restrictedCollection(eventSeries);

/** A venue from `GET {events}/places`: decision — a Place plus how many upcoming events it has. */
export const placeWithCount = place.extend({ "imin:eventCount": lenient(numeric) });
export const placesCollection = restrictedCollection(placeWithCount);
