import { eventSeriesUrl, renderActivity, renderPlace, scheduledSessionUrl } from "../events-api/render";
import type { Store } from "../store/store";
import { facilityItemParts, renderBookedSlot } from "../facilities-api/order-parts";
import { minutesDuration } from "../facilities-api/render";
import type { CustomerRecord, OfferRecord, OrderItemRecord, OrderRecord, SeriesRecord, SessionRecord, Seller, Venue } from "../store/types";

/**
 * Renders Orders and OrderItems exactly as the Booking Platform answers them: `type`/`id` keyword
 * style, nulls and empty arrays left out, everything needed to show history embedded in the order
 * (past sessions are archived by the Events API, so nothing may need a second lookup).
 */

export interface OrderUrls {
  /** Booking Platform base, e.g. `http://localhost:4010/api/v2`. */
  booking: string;
  /** Events API base, e.g. `http://localhost:4010/events-api/v2`. */
  events: string;
}

export const OA = "https://openactive.io/";
export const ITEMS_PER_PAGE = 10;
const ORDER_CONTEXT = [OA, "https://openactive.io/ns-beta"];
const COLLECTION_CONTEXT = [OA, "https://schema.imin.co/", "https://openactive.io/ns-beta"];

const orderUrl = (urls: OrderUrls, orderId: string) => `${urls.booking}/orders/${encodeURIComponent(orderId)}`;
const orderItemUrl = (urls: OrderUrls, orderId: string, itemId: string) =>
  `${orderUrl(urls, orderId)}/order-items/${encodeURIComponent(itemId)}`;
const receiptUrl = (urls: OrderUrls, receiptId: string) => `${urls.booking}/receipts/${encodeURIComponent(receiptId)}`;

const isUrl = (value: string) => /^https?:\/\//.test(value);

/** Minutes → ISO 8601 duration (`PT1H30M`). */
function isoDuration(startIso: string, endIso: string): string | undefined {
  const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

/** OpenActive DateTimes carry no fractional seconds: `2026-05-01T09:00:00Z`. */
function isoSeconds(iso: string): string {
  return iso.replace(/\.\d+(?=Z|[+-]\d{2}:\d{2}$)/, "");
}

const pounds = (pence: number) => Math.round(pence) / 100;

/**
 * Whether the customer may cancel this item right now: a confirmed booking, of a session the seller
 * has not cancelled, under an offer with a cancellation window that has not yet closed.
 */
export function cancellability(
  item: OrderItemRecord,
  session: SessionRecord | undefined,
  offer: OfferRecord | undefined,
  nowMs: number,
): { cancellable: boolean; reason?: string } {
  if (item.status === "CustomerCancelled") return { cancellable: false, reason: "This booking has already been cancelled." };
  if (item.status === "SellerCancelled" || session?.cancelledMessage) {
    return { cancellable: false, reason: "This session has been cancelled by the organiser, so there is nothing to cancel." };
  }
  if (item.status === "AttendeeAttended" || item.status === "AttendeeAbsent") {
    return { cancellable: false, reason: "This session has already taken place, so the booking can no longer be cancelled." };
  }
  if (!session) return { cancellable: false, reason: "This booking can no longer be cancelled." };
  const startMs = Date.parse(session.startDate);
  if (startMs <= nowMs) {
    return { cancellable: false, reason: "This session has already started, so the booking can no longer be cancelled." };
  }
  if (offer?.cancellationWindowMinutes === undefined) {
    return { cancellable: false, reason: "The organiser does not allow this booking to be cancelled online." };
  }
  const closesMs = startMs - offer.cancellationWindowMinutes * 60_000;
  if (nowMs >= closesMs) {
    const window = describeWindow(offer.cancellationWindowMinutes);
    return {
      cancellable: false,
      reason: `Cancellations for this session closed ${window} before it starts, so this booking can no longer be cancelled.`,
    };
  }
  return { cancellable: true };
}

function describeWindow(minutes: number): string {
  if (minutes === 0) return "at the moment";
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minutes`;
}

/** Sellers carry no address of their own in the sandbox: their first venue's stands in (cached). */
const sellerAddressCache = new WeakMap<Seller, Venue | null>();
function sellerAddress(store: Store, seller: Seller) {
  let venue = sellerAddressCache.get(seller);
  if (venue === undefined) {
    venue = null;
    for (const v of store.venues.values()) {
      if (v.sellerId === seller.id) {
        venue = v;
        break;
      }
    }
    sellerAddressCache.set(seller, venue);
  }
  if (!venue) return undefined;
  return {
    type: "PostalAddress",
    streetAddress: venue.streetAddress,
    addressLocality: venue.addressLocality,
    addressRegion: venue.addressRegion,
    postalCode: venue.postalCode,
    addressCountry: "GB",
  };
}

function renderSeller(seller: Seller, urls: OrderUrls, withTerms: boolean, store?: Store) {
  const logo = seller.logoPath ? (isUrl(seller.logoPath) ? seller.logoPath : `${originOf(urls.booking)}${seller.logoPath}`) : undefined;
  return compact({
    type: "Organization",
    id: seller.id,
    identifier: seller.slug,
    name: seller.name,
    legalName: withTerms ? seller.name : undefined,
    taxMode: withTerms ? "https://openactive.io/TaxGross" : undefined,
    address: withTerms && store ? sellerAddress(store, seller) : undefined,
    url: seller.url,
    logo: logo ? { type: "ImageObject", url: logo } : undefined,
    email: seller.email,
    telephone: seller.telephone,
    termsOfService: withTerms
      ? [
          seller.privacyUrl ? { type: "PrivacyPolicy", name: "Privacy Policy", url: seller.privacyUrl } : undefined,
          seller.termsUrl ? { type: "TermsOfUse", name: "Terms and Conditions", url: seller.termsUrl } : undefined,
        ].filter(Boolean)
      : undefined,
  });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}

/** Everything an item renders from, looked up once. */
export interface ItemParts {
  session?: SessionRecord;
  series?: SeriesRecord;
  offer?: OfferRecord;
  seller?: Seller;
  venue?: Venue;
}

export function partsOf(store: Store, item: OrderItemRecord, session?: SessionRecord): ItemParts {
  const facility = facilityItemParts(store, item);
  if (facility) return facility;
  const s = session ?? store.sessionById(item.sessionId);
  const series = s ? store.seriesById(s.seriesId) : undefined;
  const offerEntry = store.offerById(item.offerId);
  const seller = series ? store.sellerById(series.sellerId) : undefined;
  const venue = series ? store.venues.get(series.venueId) : undefined;
  return { session: s, series, offer: offerEntry?.offer, seller, venue };
}

function renderEvent(store: Store, parts: ItemParts, urls: OrderUrls) {
  const { session, series, seller, venue } = parts;
  if (!session) return undefined;
  const eventsUrls = { events: urls.events, public: originOf(urls.booking) };
  const activity = series ? store.activitiesOf(series).map(renderActivity) : [];
  const organizer = seller ? renderSeller(seller, urls, false) : undefined;
  const place = venue ? renderPlace(venue) : undefined;
  const seriesUrl = series ? eventSeriesUrl(eventsUrls, series) : undefined;
  const sessionSeries = series
    ? compact({
        type: "SessionSeries",
        id: `${seriesUrl}#session-series`,
        identifier: series.sessionSeriesId,
        name: series.name,
        url: seller?.url,
        activity,
        location: place,
        superEvent: compact({
          type: "EventSeries",
          id: seriesUrl,
          identifier: series.id,
          name: series.name,
          activity,
          organizer,
        }),
      })
    : undefined;
  return compact({
    type: "ScheduledSession",
    id: scheduledSessionUrl(eventsUrls, session),
    identifier: session.identifier,
    name: series?.name,
    startDate: isoSeconds(session.startDate),
    endDate: isoSeconds(session.endDate),
    duration: isoDuration(session.startDate, session.endDate),
    eventStatus: session.cancelledMessage ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    maximumAttendeeCapacity: session.capacity,
    remainingAttendeeCapacity: Math.max(0, session.remaining),
    location: place,
    superEvent: sessionSeries,
  });
}

export function renderOrderItem(
  store: Store,
  order: OrderRecord,
  item: OrderItemRecord,
  urls: OrderUrls,
  nowMs: number,
  session?: SessionRecord,
) {
  const parts = partsOf(store, item, session);
  const { offer } = parts;
  const { cancellable } = cancellability(item, parts.session, offer, nowMs);
  return compact({
    type: "OrderItem",
    id: orderItemUrl(urls, order.identifier, item.identifier),
    identifier: item.identifier,
    orderItemStatus: `${OA}${item.status}`,
    cancellationMessage: item.cancellationMessage,
    acceptedOffer: compact({
      type: "Offer",
      id: item.offerId,
      identifier: offer?.identifier,
      name: offer?.name,
      price: pounds(item.pricePence),
      priceCurrency: order.currency,
      // The OpenActive Offer's window, as the Facilities API's slot offers give it.
      latestCancellationBeforeStartDate:
        offer?.cancellationWindowMinutes === undefined
          ? undefined
          : offer.cancellationWindowMinutes === 0
            ? "PT0M"
            : minutesDuration(offer.cancellationWindowMinutes),
    }),
    "imin:isPresentlyCancellable": cancellable,
    orderedItem: renderBookedSlot(store, item, urls) ?? renderEvent(store, parts, urls),
    attendee: item.attendee
      ? compact({
          type: "Person",
          identifier: item.attendee.identifier,
          givenName: item.attendee.givenName,
          familyName: item.attendee.familyName,
          email: item.attendee.email,
        })
      : undefined,
    accessCode: item.accessCode ? [{ type: "PropertyValue", name: "Access code", description: item.accessCode }] : undefined,
  });
}

function renderCustomer(customer: CustomerRecord | undefined, customerId: string, urls: OrderUrls) {
  const base = { type: "Person", id: `${urls.booking}/customer-accounts/${encodeURIComponent(customerId)}`, identifier: customerId };
  if (!customer || customer.erased) return base;
  return compact({ ...base, email: customer.email, givenName: customer.givenName, familyName: customer.familyName });
}

export function renderOrder(store: Store, order: OrderRecord, urls: OrderUrls, nowMs: number, withContext = true) {
  const seller = store.sellerById(order.sellerId);
  const receipts = [...order.receipts].sort((a, b) => (a.dateCreated < b.dateCreated ? 1 : a.dateCreated > b.dateCreated ? -1 : 0));
  return compact({
    "@context": withContext ? ORDER_CONTEXT : undefined,
    type: "Order",
    id: orderUrl(urls, order.identifier),
    identifier: order.identifier,
    orderDate: isoSeconds(order.orderDate),
    confirmationNumber: order.confirmationNumber,
    brokerRole: "https://openactive.io/AgentBroker",
    broker: compact({ type: "Organization", name: order.brokerName, url: order.brokerUrl }),
    seller: seller ? renderSeller(seller, urls, true, store) : undefined,
    customer: renderCustomer(store.customerById(order.customerId), order.customerId, urls),
    orderedItem: order.items.map((item) => renderOrderItem(store, order, item, urls, nowMs)),
    "imin:receipt": receipts.map((r) => ({ type: "Invoice", url: receiptUrl(urls, r.id), dateCreated: isoSeconds(r.dateCreated) })),
    totalPaymentDue: { type: "PriceSpecification", price: pounds(order.totalPence), priceCurrency: order.currency },
  });
}

/** `imin:RestrictedCollection` with `view` paging links, in the `type`/`id` keyword style. */
export function renderCollection(baseUrl: string, customerIdentifier: string, page: number, totalItems: number, items: unknown[]) {
  const totalPages = Math.max(1, Math.ceil(totalItems / ITEMS_PER_PAGE));
  const link = (p: number) => `${baseUrl}?customerIdentifier=${encodeURIComponent(customerIdentifier)}&page=${p}`;
  return compact({
    "@context": COLLECTION_CONTEXT,
    id: link(page),
    type: "imin:RestrictedCollection",
    "imin:totalItems": totalItems,
    view: compact({
      id: link(page),
      type: "PartialCollectionView",
      first: link(1),
      last: link(totalPages),
      previous: page > 1 ? link(Math.min(page - 1, totalPages)) : undefined,
      next: page < totalPages ? link(page + 1) : undefined,
      urlTemplate: `${baseUrl}?customerIdentifier=${encodeURIComponent(customerIdentifier)}&page={page}`,
      "imin:currentPage": page,
      "imin:itemsPerPage": ITEMS_PER_PAGE,
      "imin:totalPages": totalPages,
    }),
    "imin:item": items,
  });
}

/** imin strips nulls, undefined and empty arrays; so does the sandbox. */
function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) delete value[key];
  }
  return value;
}
