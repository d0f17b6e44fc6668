import type { PortalUser } from "@/lib/auth/current-user";

/** The portal's own shapes of imin Orders and OrderItems (see order-mapping.ts). */

/** Whose bookings: the signed-in person (the email only helps recognise them as the attendee). */
export type CustomerRef = Pick<PortalUser, "iminCustomerId"> & Partial<Pick<PortalUser, "email">>;

export type BookingStatus = "confirmed" | "customer-cancelled" | "seller-cancelled" | "attended" | "absent" | "unknown";

interface Money {
  amount: number;
  currency: string;
}

export interface VenueInfo {
  name?: string;
  addressLines: string[];
  mapUrl?: string;
}

export interface Booking {
  /** The OrderItem `@id` (URL); the cancel action takes it. Falls back to the identifier. */
  id: string;
  identifier: string;
  orderId?: string;
  status: BookingStatus;
  cancellationMessage?: string;
  /** Straight from `imin:isPresentlyCancellable`: nothing else decides whether Cancel shows. */
  cancellable: boolean;
  title: string;
  activities: string[];
  startDate?: string;
  endDate?: string;
  durationMinutes?: number;
  eventCancelled: boolean;
  venue?: VenueInfo;
  /** The court, pitch or lane of a facility booking ("Court 3"). */
  court?: string;
  organizer?: string;
  ticketName?: string;
  price?: Money;
  /** Present only when someone other than the customer attends; `identifier` is their imin Customer Account. */
  attendee?: { name: string; email?: string; identifier?: string };
  /** The booked ScheduledSession's or Slot's `identifier` (what a checkout names). */
  opportunityIdentifier?: string;
  accessCodes: { label: string; code: string }[];
  timeZone: string;
  /** The offer's `latestCancellationBeforeStartDate` in minutes: online cancelling closes this long before the start. */
  cancellationWindowMinutes?: number;
  /** How to reach the organiser (or a facility's provider) about the booking. */
  organizerContact?: { email?: string; telephone?: string };
  /** The EventSeries route id and the venue: what "Book again" looks for. */
  again?: { seriesId: string; venueId?: string; venueName?: string };
}

export interface Receipt {
  id: string;
  url: string;
  dateCreated?: string;
}

export type OrderStatus = "confirmed" | "partly-cancelled" | "cancelled" | "completed";

export interface Order {
  identifier: string;
  orderDate?: string;
  confirmationNumber?: string;
  seller?: { name?: string; url?: string; email?: string; telephone?: string; links: { label: string; url: string }[] };
  items: Booking[];
  receipts: Receipt[];
  total?: Money;
  status: OrderStatus;
  /** Whether the order names this customer (absent `customer` = unknown = false). */
  belongsToCustomer: boolean;
}
