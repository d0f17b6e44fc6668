import "server-only";
import { z } from "zod";
import {
  barcode,
  concept,
  flag,
  identifier,
  lenient,
  list,
  namedThing,
  numeric,
  organization,
  place,
  restrictedCollection,
  typeName,
} from "./common";
import { person } from "./customer";

const priceSpecification = z.object({
  type: typeName,
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
});

const acceptedOffer = namedThing.extend({
  description: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  /** ISO 8601 duration: online cancellation closes this long before the start. */
  latestCancellationBeforeStartDate: z.string().optional(),
});

const eventSeriesInOrder = z.object({
  type: typeName,
  id: z.string().optional(),
  name: z.string().optional(),
  activity: list(concept),
  organizer: lenient(organization),
});

const sessionSeriesInOrder = z.object({
  type: typeName,
  id: z.string().optional(),
  name: z.string().optional(),
  activity: list(concept),
  location: lenient(place),
  organizer: lenient(organization),
  /** A FacilityUse names its seller `provider`, not `organizer`. */
  provider: lenient(organization),
  superEvent: lenient(eventSeriesInOrder),
});

/** The court, pitch or lane a Slot booking holds. */
const bookedCourt = z.object({
  type: typeName,
  identifier: lenient(identifier),
  name: z.string().optional(),
});

/** The booked thing: a ScheduledSession or a facility Slot. */
const bookedEvent = namedThing.extend({
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  duration: z.string().optional(),
  eventStatus: z.string().optional(),
  location: lenient(place),
  superEvent: lenient(sessionSeriesInOrder),
  facilityUse: lenient(sessionSeriesInOrder),
  "beta:sportsActivityLocation": list(bookedCourt),
});

const accessCode = z.object({
  type: typeName,
  name: z.string().optional(),
  description: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
});

export const orderItem = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier,
  orderItemStatus: z.string().optional(),
  cancellationMessage: z.string().optional(),
  acceptedOffer: lenient(acceptedOffer),
  "imin:isPresentlyCancellable": lenient(flag),
  orderedItem: lenient(bookedEvent),
  attendee: lenient(person),
  accessCode: list(accessCode),
  accessPass: list(barcode),
  unitTaxSpecification: list(priceSpecification),
});
export type OrderItemPayload = z.infer<typeof orderItem>;

const invoice = z.object({
  type: typeName,
  url: z.string().min(1),
  dateCreated: z.string().optional(),
});

export const order = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier,
  orderDate: z.string().optional(),
  confirmationNumber: lenient(identifier),
  seller: lenient(organization),
  broker: lenient(organization),
  customer: lenient(person),
  orderedItem: list(orderItem),
  "imin:receipt": list(invoice),
  totalPaymentDue: lenient(priceSpecification),
});
export type OrderPayload = z.infer<typeof order>;

export const orderItemsCollection = restrictedCollection(orderItem);
export const ordersCollection = restrictedCollection(order);
