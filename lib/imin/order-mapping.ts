import "server-only";
import type { z } from "zod";
import type { OrderItemPayload, OrderPayload, collectionView, place } from "./schemas";

/**
 * imin Orders and OrderItems mapped to the portal's own shapes. Every field outside the core may be
 * missing; the mapping never throws on absent data, it leaves the field out.
 */

/** imin only lists UK sellers; venues' local time is UK time. */
export const VENUE_TIME_ZONE = "Europe/London";

export interface CustomerRef {
  iminCustomerId: string;
  email?: string;
}

export type BookingStatus =
  | "confirmed"
  | "customer-cancelled"
  | "seller-cancelled"
  | "attended"
  | "absent"
  | "unknown";

export interface Money {
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
  organizer?: string;
  ticketName?: string;
  price?: Money;
  /** Present only when someone other than the customer attends. */
  attendee?: { name: string; email?: string };
  accessCodes: { label: string; code: string }[];
  timeZone: string;
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

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems?: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

const STATUS: Record<string, BookingStatus> = {
  OrderItemConfirmed: "confirmed",
  CustomerCancelled: "customer-cancelled",
  SellerCancelled: "seller-cancelled",
  AttendeeAttended: "attended",
  AttendeeAbsent: "absent",
};

/** `https://openactive.io/CustomerCancelled`, `oa:CustomerCancelled` or a bare name. */
export function bookingStatus(raw: string | undefined): BookingStatus {
  if (!raw) return "confirmed";
  const name = raw.replace(/^.*[/#:]/, "");
  return STATUS[name] ?? "unknown";
}

/** The order id inside an OrderItem id: `{booking base}/orders/{orderId}/order-items/{itemId}`. */
export function orderIdFromItemId(itemId: string | undefined): string | undefined {
  if (!itemId) return undefined;
  const match = /\/orders\/([^/?#]+)\/order-items\/[^/?#]+\/?(?:[?#].*)?$/.exec(itemId.trim());
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return /^[A-Za-z0-9._~-]{1,200}$/.test(id) ? id : undefined;
}

/** A receipt's id is the last path segment of the URL imin gives in `imin:receipt[].url`. */
export function receiptIdFromUrl(url: string): string | undefined {
  try {
    const segments = new URL(url).pathname.split("/").filter(Boolean);
    const last = segments.at(-1);
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads `?page=`: anything malformed or out of range becomes a sensible page (1, or capped). */
export function parsePageParam(raw: string | string[] | undefined | null, max = 10_000): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return 1;
  const trimmed = value.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return 1;
  const n = Number(trimmed);
  if (n < 1) return 1;
  return Math.min(n, max);
}

function durationMinutes(start?: string, end?: string, iso?: string): number | undefined {
  if (start && end) {
    const diff = (Date.parse(end) - Date.parse(start)) / 60_000;
    if (Number.isFinite(diff) && diff > 0) return Math.round(diff);
  }
  if (iso) {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
    if (m) {
      const total = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
      if (total > 0) return total;
    }
  }
  return undefined;
}

type PlacePayload = z.infer<typeof place>;

export function mapVenue(location: PlacePayload | undefined): VenueInfo | undefined {
  if (!location) return undefined;
  const a = location.address;
  const addressLines = [a?.streetAddress, a?.addressLocality, a?.addressRegion, a?.postalCode?.toUpperCase()]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  const name = location.name?.trim() || undefined;
  let mapUrl: string | undefined;
  if (location.geo) {
    mapUrl = `https://www.openstreetmap.org/?mlat=${location.geo.latitude}&mlon=${location.geo.longitude}#map=17/${location.geo.latitude}/${location.geo.longitude}`;
  } else if (addressLines.length > 0 || name) {
    mapUrl = `https://www.openstreetmap.org/search?query=${encodeURIComponent([name, ...addressLines].filter(Boolean).join(", "))}`;
  }
  if (!name && addressLines.length === 0) return undefined;
  return { name, addressLines, mapUrl };
}

function personName(p: { name?: string; givenName?: string; familyName?: string } | undefined): string | undefined {
  if (!p) return undefined;
  const joined = [p.givenName, p.familyName].filter(Boolean).join(" ").trim();
  return joined || p.name?.trim() || undefined;
}

function isCustomerPerson(
  p: { identifier?: string; id?: string; email?: string } | undefined,
  customer: CustomerRef,
): boolean {
  if (!p) return false;
  if (p.identifier && p.identifier === customer.iminCustomerId) return true;
  if (p.id && p.id.replace(/\/+$/, "").endsWith(`/customer-accounts/${encodeURIComponent(customer.iminCustomerId)}`)) {
    return true;
  }
  return !!(p.email && customer.email && p.email.toLowerCase() === customer.email.toLowerCase());
}

export function mapOrderItem(item: OrderItemPayload, customer: CustomerRef, orderIdHint?: string): Booking {
  const event = item.orderedItem;
  const series = event?.superEvent ?? event?.facilityUse;
  const eventSeries = series?.superEvent;
  const activities = [...(series?.activity ?? []), ...(eventSeries?.activity ?? [])]
    .map((a) => a.prefLabel?.trim())
    .filter((s): s is string => !!s)
    .filter((s, i, all) => all.indexOf(s) === i);
  const title =
    eventSeries?.name?.trim() ||
    series?.name?.trim() ||
    event?.name?.trim() ||
    activities[0] ||
    item.acceptedOffer?.name?.trim() ||
    "Booking";
  const status = bookingStatus(item.orderItemStatus);
  const price =
    item.acceptedOffer?.price !== undefined
      ? { amount: item.acceptedOffer.price, currency: item.acceptedOffer.priceCurrency || "GBP" }
      : undefined;
  const attendeeName = personName(item.attendee);
  const attendee =
    item.attendee && attendeeName && !isCustomerPerson(item.attendee, customer)
      ? { name: attendeeName, email: item.attendee.email }
      : undefined;
  const accessCodes = [
    ...item.accessCode.map((c) => ({ label: c.name || "Access code", code: (c.description || c.text || "").trim() })),
    ...item.accessPass.map((p) => ({ label: "Access pass", code: p.text.trim() })),
  ].filter((c) => c.code);
  const id = item.id || item.identifier;
  return {
    id,
    identifier: item.identifier,
    orderId: orderIdFromItemId(item.id) ?? orderIdHint,
    status,
    cancellationMessage: item.cancellationMessage?.trim() || undefined,
    cancellable: item["imin:isPresentlyCancellable"] === true && status === "confirmed" && !!item.id,
    title,
    activities,
    startDate: event?.startDate,
    endDate: event?.endDate,
    durationMinutes: durationMinutes(event?.startDate, event?.endDate, event?.duration),
    eventCancelled: /EventCancelled$/.test(event?.eventStatus ?? ""),
    venue: mapVenue(event?.location ?? series?.location),
    organizer: (series?.organizer?.name || eventSeries?.organizer?.name)?.trim() || undefined,
    ticketName: item.acceptedOffer?.name?.trim() || undefined,
    price,
    attendee,
    accessCodes,
    timeZone: VENUE_TIME_ZONE,
  };
}

function orderStatus(items: Booking[]): OrderStatus {
  if (items.length === 0) return "confirmed";
  const cancelled = items.filter((i) => i.status === "customer-cancelled" || i.status === "seller-cancelled").length;
  if (cancelled === items.length) return "cancelled";
  if (cancelled > 0) return "partly-cancelled";
  if (items.every((i) => i.status === "attended" || i.status === "absent")) return "completed";
  return "confirmed";
}

export function mapOrder(order: OrderPayload, customer: CustomerRef): Order {
  const items = order.orderedItem.map((item) => mapOrderItem(item, customer, order.identifier));
  const links = (order.seller?.termsOfService ?? [])
    .filter((t) => t.url && /^https?:\/\//.test(t.url))
    .map((t) => ({
      label: t.name?.trim() || (/privacy/i.test(t.type ?? "") ? "Privacy policy" : "Terms and conditions"),
      url: t.url!,
    }));
  const receipts: Receipt[] = [];
  for (const r of order["imin:receipt"]) {
    const id = receiptIdFromUrl(r.url);
    if (id) receipts.push({ id, url: r.url, dateCreated: r.dateCreated });
  }
  return {
    identifier: order.identifier,
    orderDate: order.orderDate,
    confirmationNumber: order.confirmationNumber,
    seller: order.seller
      ? {
          name: order.seller.name?.trim() || undefined,
          url: order.seller.url,
          email: order.seller.email,
          telephone: order.seller.telephone,
          links,
        }
      : undefined,
    items,
    receipts,
    total:
      order.totalPaymentDue?.price !== undefined
        ? { amount: order.totalPaymentDue.price, currency: order.totalPaymentDue.priceCurrency || "GBP" }
        : undefined,
    status: orderStatus(items),
    belongsToCustomer: isCustomerPerson(order.customer, { iminCustomerId: customer.iminCustomerId }),
  };
}

type View = z.infer<typeof collectionView>;

/**
 * Paging from a RestrictedCollection, read defensively: imin's own example contradicts itself, so
 * a next page exists if either `next` or `imin:totalPages` says so, and never beyond an empty page.
 */
export function mapPage<P, T>(
  payload: { "imin:totalItems"?: number; view?: View; "imin:item": P[] },
  requestedPage: number,
  map: (item: P) => T,
): Page<T> {
  const view = payload.view;
  const page = view?.["imin:currentPage"] && view["imin:currentPage"] >= 1 ? Math.floor(view["imin:currentPage"]) : requestedPage;
  const perPage = view?.["imin:itemsPerPage"] && view["imin:itemsPerPage"] > 0 ? view["imin:itemsPerPage"] : 10;
  const totalItems = payload["imin:totalItems"];
  const fromItems = totalItems !== undefined ? Math.ceil(totalItems / perPage) : undefined;
  const declared = view?.["imin:totalPages"];
  const items = payload["imin:item"].map(map);
  // imin's totals disagree at times; trust the larger (an overshoot lands on an empty page, handled by callers).
  const totalPages = Math.max(1, Math.floor(Math.max(declared ?? 0, fromItems ?? 0)), items.length > 0 ? page : 1);
  const hasNext = items.length > 0 && (page < totalPages || (!!view?.next && items.length >= perPage));
  return {
    items,
    page,
    totalPages: hasNext ? Math.max(totalPages, page + 1) : totalPages,
    totalItems,
    hasPrevious: page > 1,
    hasNext,
  };
}
