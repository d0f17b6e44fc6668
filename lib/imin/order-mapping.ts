import "server-only";
import type { z } from "zod";
import { mapLink } from "@/lib/format/map-link";
import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";
import { sessionRouteId } from "./event-mapping";
import { orderIdFromItemId, receiptIdFromUrl } from "./order-ids";
import type { Booking, BookingStatus, CustomerRef, Order, OrderStatus, Receipt, VenueInfo } from "./order-types";
import type { OrderItemPayload, OrderPayload, place } from "./schemas";

/**
 * imin Orders and OrderItems mapped to the portal's own shapes. Every field outside the core may be
 * missing; the mapping never throws on absent data, it leaves the field out.
 */

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

/** The offer's cancellation window, "PT2H" → 120 ("PT0S" → 0: cancelling closes at the start). */
function cancellationWindow(iso: string | undefined): number | undefined {
  const m = iso ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:\d+(?:\.\d+)?S)?)?$/.exec(iso.trim()) : null;
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

type PlacePayload = z.infer<typeof place>;

function mapVenue(location: PlacePayload | undefined): VenueInfo | undefined {
  if (!location) return undefined;
  const a = location.address;
  const addressLines = [a?.streetAddress, a?.addressLocality, a?.addressRegion, a?.postalCode?.toUpperCase()]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  const name = location.name?.trim() || undefined;
  if (!name && addressLines.length === 0) return undefined;
  const mapUrl = mapLink({ ...location.geo, query: [name, ...addressLines].filter(Boolean).join(", "), zoom: 17 });
  return { name, addressLines, mapUrl };
}

function personName(p: { name?: string; givenName?: string; familyName?: string } | undefined): string | undefined {
  if (!p) return undefined;
  const joined = [p.givenName, p.familyName].filter(Boolean).join(" ").trim();
  return joined || p.name?.trim() || undefined;
}

function isCustomerPerson(p: { identifier?: string; id?: string; email?: string } | undefined, customer: CustomerRef): boolean {
  if (!p) return false;
  // An account id decides: a family member's account often shares the holder's email address.
  if (p.identifier) return p.identifier === customer.iminCustomerId;
  if (p.id && /\/customer-accounts\//.test(p.id)) {
    return p.id.replace(/\/+$/, "").endsWith(`/customer-accounts/${encodeURIComponent(customer.iminCustomerId)}`);
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
      ? { name: attendeeName, email: item.attendee.email, identifier: item.attendee.identifier?.trim() || undefined }
      : undefined;
  const eventCancelled = /EventCancelled$/.test(event?.eventStatus ?? "");
  // A cancelled place's codes open nothing any more: no list, desk screen or offline pack shows them.
  const cancelled = status === "customer-cancelled" || status === "seller-cancelled" || eventCancelled;
  const accessCodes = cancelled
    ? []
    : [
        ...item.accessCode.map((c) => ({ label: c.name || "Access code", code: (c.description || c.text || "").trim() })),
        ...item.accessPass.map((p) => ({ label: "Access pass", code: p.text.trim() })),
      ].filter((c) => c.code);
  const id = item.id || item.identifier;
  const organizer = series?.organizer ?? eventSeries?.organizer ?? series?.provider;
  const seriesId = sessionRouteId(eventSeries ?? {});
  const place = event?.location ?? series?.location;
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
    opportunityIdentifier: event?.identifier?.trim() || undefined,
    durationMinutes: durationMinutes(event?.startDate, event?.endDate, event?.duration),
    eventCancelled,
    venue: mapVenue(event?.location ?? series?.location),
    court: event?.["beta:sportsActivityLocation"].find((c) => c.name)?.name,
    organizer: (series?.organizer?.name || series?.provider?.name || eventSeries?.organizer?.name)?.trim() || undefined,
    ticketName: item.acceptedOffer?.name?.trim() || undefined,
    price,
    attendee,
    accessCodes,
    timeZone: VENUE_TIME_ZONE,
    cancellationWindowMinutes: cancellationWindow(item.acceptedOffer?.latestCancellationBeforeStartDate),
    organizerContact:
      organizer?.email || organizer?.telephone
        ? { email: organizer.email?.trim() || undefined, telephone: organizer.telephone?.trim() || undefined }
        : undefined,
    again: seriesId ? { seriesId, venueId: place?.identifier, venueName: place?.name?.trim() || undefined } : undefined,
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
