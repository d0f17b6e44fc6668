import "server-only";
import { z } from "zod";
import { dataSource } from "./attribution";
import {
  activeEntitlement,
  aggregateOffer,
  concept,
  identified,
  lenient,
  list,
  namedThing,
  numeric,
  offer,
  organization,
  placeWithDistance,
  quantitativeValue,
  restrictedCollection,
  timedEvent,
  typeName,
} from "./common";

/** `activeEntitlement` is present when the search named an `entitlementFilter` and the customer's entitlement applies. */
const iminAggregateOffer = aggregateOffer.extend({ activeEntitlement: lenient(activeEntitlement) });

const sessionOffer = offer.extend({
  description: z.string().optional(),
  /** OpenActive: online cancellation for a full refund closes this long before the start (absent: not offered). */
  latestCancellationBeforeStartDate: z.string().optional(),
  activeEntitlement: lenient(activeEntitlement),
});

const scheduledSession = timedEvent.extend({
  eventStatus: z.string().optional(),
  "imin:cancellationMessage": z.string().optional(),
  remainingAttendeeCapacity: lenient(numeric),
  maximumAttendeeCapacity: lenient(numeric),
  "imin:checkoutUrlTemplate": z.string().optional(),
});

/** An OpenActive image: an ImageObject's `url` (the share card and the Event JSON-LD use the first). */
const image = z.object({ url: z.string().optional() });

/** What an EventSeries and its SessionSeries both state. */
const series = namedThing.extend({
  description: z.string().optional(),
  image: list(image),
  activity: list(concept),
  organizer: lenient(organization),
  ageRange: lenient(quantitativeValue),
  "imin:aggregateOffer": lenient(iminAggregateOffer),
  offers: list(sessionOffer),
});

export const sessionSeries = series.extend({
  location: lenient(placeWithDistance),
  "imin:dataSource": lenient(dataSource),
  subEvent: list(scheduledSession),
  "imin:checkoutUrlTemplate": z.string().optional(),
});

export const eventSeries = series.extend({
  subEvent: list(sessionSeries),
  /** Distance from the search point, when the search had one. */
  "imin:distanceFromSearchPoint": lenient(numeric),
});

export const eventSeriesCollection = restrictedCollection(eventSeries);

/** By-ID `GET {events}/scheduled-sessions/{id}`: the session with its SessionSeries (full offers). */
export const scheduledSessionDetail = scheduledSession.extend({
  superEvent: lenient(sessionSeries.extend({ superEvent: lenient(namedThing) })),
});
export type ScheduledSessionDetailPayload = z.infer<typeof scheduledSessionDetail>;

/**
 * A venue from `GET {events}/places`: decision — a Place plus how many upcoming events it has
 * (`imin:eventCount`; imin's documented form is `imin:event.imin:totalItems`, read as a fallback).
 */
const placeWithCount = placeWithDistance.extend({
  "imin:eventCount": lenient(numeric),
  "imin:event": lenient(z.object({ type: typeName, id: z.string().optional(), "imin:totalItems": lenient(numeric) })),
});
export const placesCollection = restrictedCollection(placeWithCount);

/**
 * What a results list reads from a search, and nothing more: search pages can hold 50 series, and
 * reading organisers, offers and schedules the list never shows would cost more than the request.
 */
const searchSession = identified.extend({
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
      "imin:dataSource": lenient(dataSource),
      subEvent: list(searchSession),
    }),
  ),
});
export const searchResultsCollection = restrictedCollection(searchResultSeries);
