import type {
  Activity,
  CheckoutSessionRecord,
  CustomerRecord,
  DatasetRecord,
  LinkedAccountRecord,
  OfferRecord,
  OrderItemRecord,
  OrderRecord,
  SavedCardRecord,
  SeriesRecord,
  SessionRecord,
  Seller,
  Venue,
  WebhookDelivery,
} from "./types";
import { createRng, type Rng } from "../seed/rng";

export interface UpcomingItem {
  order: OrderRecord;
  item: OrderItemRecord;
  session: SessionRecord;
}

export function linkedAccountKey(customerId: string, sellerId: string): string {
  return `${customerId}|${sellerId}`;
}

/**
 * The sandbox's whole state, in memory. Read the Maps freely; write sessions, series and orders
 * through `put*` so the indexes stay right (the other Maps have no index and may be written directly).
 */
/** The records of `ids` that `records` holds, in the order of `ids`. */
function found<T>(ids: Iterable<string>, records: ReadonlyMap<string, T>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const record = records.get(id);
    if (record !== undefined) out.push(record);
  }
  return out;
}

/** Files `id` under the key `to` of a one-to-many index, taking it from under `from` first. */
function moveInIndex(index: Map<string, string[]>, id: string, from: string | undefined, to: string): void {
  if (from !== undefined) {
    const old = index.get(from);
    if (old) old.splice(old.indexOf(id), 1);
  }
  const list = index.get(to) ?? [];
  list.push(id);
  index.set(to, list);
}

export class Store {
  readonly sellers = new Map<string, Seller>(); // by Seller.id (URL)
  readonly venues = new Map<string, Venue>(); // by Venue.id
  readonly activities = new Map<string, Activity>(); // by Activity.id (URL)
  readonly series = new Map<string, SeriesRecord>(); // by SeriesRecord.id
  readonly sessions = new Map<string, SessionRecord>(); // by SessionRecord.id (short)
  readonly customers = new Map<string, CustomerRecord>(); // by identifier
  readonly linkedAccounts = new Map<string, LinkedAccountRecord>(); // by `${customerId}|${sellerId}`
  readonly orders = new Map<string, OrderRecord>(); // by identifier
  readonly checkoutSessions = new Map<string, CheckoutSessionRecord>(); // by id
  readonly deliveries = new Map<string, WebhookDelivery>(); // by id
  readonly cards = new Map<string, SavedCardRecord>(); // by SavedCardRecord.id (opaque token)
  /** Emails each seller's booking system already knows (lower-cased): drives `imin:matchingEmailExists`. */
  readonly sellerKnownEmails = new Map<string, Set<string>>(); // by Seller.id
  /** The Attribution Catalog (`GET /firehose/datasets`). */
  readonly datasets = new Map<string, DatasetRecord>(); // by DatasetRecord.identifier

  /** Resolves booked opportunities that are not Events API sessions (facility slots); set by the seed. */
  extraSessionOf?: (sessionId: string) => SessionRecord | undefined;

  /** Deterministic ids and choices for records created at run time (reseeded with the data). */
  rng: Rng = createRng(1);

  private readonly sessionByIdentifierIdx = new Map<string, string>();
  private readonly sessionsBySeriesIdx = new Map<string, string[]>();
  private readonly seriesBySessionSeriesIdx = new Map<string, string>();
  private readonly offerIdx = new Map<string, { offer: OfferRecord; series: SeriesRecord }>();
  private readonly ordersByCustomerIdx = new Map<string, string[]>();
  private readonly sellerBySlugIdx = new Map<string, string>();
  private sessionsByStartCache: SessionRecord[] | undefined;
  private counter = 0;

  /** Empty every collection (used by /admin/reset before reseeding). */
  clear(seed = 1): void {
    for (const map of [
      this.sellers,
      this.venues,
      this.activities,
      this.series,
      this.sessions,
      this.customers,
      this.linkedAccounts,
      this.orders,
      this.checkoutSessions,
      this.deliveries,
      this.cards,
      this.sellerKnownEmails,
      this.datasets,
      this.sessionByIdentifierIdx,
      this.sessionsBySeriesIdx,
      this.seriesBySessionSeriesIdx,
      this.offerIdx,
      this.ordersByCustomerIdx,
      this.sellerBySlugIdx,
    ] as Map<unknown, unknown>[]) {
      map.clear();
    }
    this.sessionsByStartCache = undefined;
    this.counter = 0;
    this.rng = createRng(seed);
  }

  /** A short unique id, deterministic for a given seed and call order. */
  newId(prefix = ""): string {
    this.counter += 1;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let rand = "";
    for (let i = 0; i < 8; i++) rand += alphabet[Math.floor(this.rng() * alphabet.length)];
    return `${prefix}${rand}${this.counter.toString(36)}`;
  }

  // ---- writes that keep indexes ------------------------------------------------------------

  putSeller(seller: Seller): void {
    this.sellers.set(seller.id, seller);
    this.sellerBySlugIdx.set(seller.slug, seller.id);
  }

  putSeries(series: SeriesRecord): void {
    const previous = this.series.get(series.id);
    if (previous) for (const offer of previous.offers) this.offerIdx.delete(offer.id);
    this.series.set(series.id, series);
    this.seriesBySessionSeriesIdx.set(series.sessionSeriesId, series.id);
    for (const offer of series.offers) this.offerIdx.set(offer.id, { offer, series });
  }

  putSession(session: SessionRecord): void {
    const previous = this.sessions.get(session.id);
    this.sessions.set(session.id, session);
    this.sessionByIdentifierIdx.set(session.identifier, session.id);
    if (!previous || previous.seriesId !== session.seriesId) {
      moveInIndex(this.sessionsBySeriesIdx, session.id, previous?.seriesId, session.seriesId);
    }
    if (!previous || previous.startDate !== session.startDate) this.sessionsByStartCache = undefined;
  }

  putOrder(order: OrderRecord): void {
    const previous = this.orders.get(order.identifier);
    this.orders.set(order.identifier, order);
    if (!previous || previous.customerId !== order.customerId) {
      moveInIndex(this.ordersByCustomerIdx, order.identifier, previous?.customerId, order.customerId);
    }
  }

  putLinkedAccount(account: LinkedAccountRecord): void {
    this.linkedAccounts.set(linkedAccountKey(account.customerId, account.sellerId), account);
  }

  // ---- lookups -----------------------------------------------------------------------------

  sellerById(id: string): Seller | undefined {
    return this.sellers.get(id);
  }

  sellerBySlug(slug: string): Seller | undefined {
    const id = this.sellerBySlugIdx.get(slug);
    return id ? this.sellers.get(id) : undefined;
  }

  sessionById(id: string): SessionRecord | undefined {
    return this.sessions.get(id);
  }

  /** By the feed identifier (URL) used in checkout and orders. */
  sessionByIdentifier(identifier: string): SessionRecord | undefined {
    const id = this.sessionByIdentifierIdx.get(identifier);
    return id ? this.sessions.get(id) : undefined;
  }

  seriesById(id: string): SeriesRecord | undefined {
    return this.series.get(id);
  }

  seriesBySessionSeriesId(sessionSeriesId: string): SeriesRecord | undefined {
    const id = this.seriesBySessionSeriesIdx.get(sessionSeriesId);
    return id ? this.series.get(id) : undefined;
  }

  seriesOf(session: SessionRecord): SeriesRecord {
    const series = this.series.get(session.seriesId);
    if (!series) throw new Error(`session ${session.id} names unknown series ${session.seriesId}`);
    return series;
  }

  sellerOf(series: SeriesRecord): Seller {
    const seller = this.sellers.get(series.sellerId);
    if (!seller) throw new Error(`series ${series.id} names unknown seller ${series.sellerId}`);
    return seller;
  }

  venueOf(series: SeriesRecord): Venue {
    const venue = this.venues.get(series.venueId);
    if (!venue) throw new Error(`series ${series.id} names unknown venue ${series.venueId}`);
    return venue;
  }

  activitiesOf(series: SeriesRecord): Activity[] {
    return found(series.activityIds, this.activities);
  }

  sessionsOfSeries(seriesId: string): SessionRecord[] {
    return found(this.sessionsBySeriesIdx.get(seriesId) ?? [], this.sessions);
  }

  /** Every session, earliest start first (cached until a session is added or moved). */
  sessionsByStart(): readonly SessionRecord[] {
    if (!this.sessionsByStartCache) {
      this.sessionsByStartCache = [...this.sessions.values()].sort((a, b) =>
        a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
      );
    }
    return this.sessionsByStartCache;
  }

  /** Sessions starting in [fromIso, toIso), earliest first; binary search on the sorted cache. */
  sessionsStartingBetween(fromIso: string, toIso: string): SessionRecord[] {
    const sorted = this.sessionsByStart();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].startDate < fromIso) lo = mid + 1;
      else hi = mid;
    }
    const out: SessionRecord[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startDate < toIso; i++) out.push(sorted[i]);
    return out;
  }

  offerById(offerId: string): { offer: OfferRecord; series: SeriesRecord } | undefined {
    return this.offerIdx.get(offerId);
  }

  customerById(identifier: string): CustomerRecord | undefined {
    return this.customers.get(identifier);
  }

  customerByEmail(email: string): CustomerRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const customer of this.customers.values()) {
      if (!customer.erased && customer.email.toLowerCase() === wanted) return customer;
    }
    return undefined;
  }

  /** The customer's orders, newest `orderDate` first. */
  ordersOfCustomer(customerId: string): OrderRecord[] {
    const out = found(this.ordersByCustomerIdx.get(customerId) ?? [], this.orders);
    return out.sort((a, b) => (a.orderDate < b.orderDate ? 1 : a.orderDate > b.orderDate ? -1 : 0));
  }

  /**
   * Items of the customer's orders whose session has not ended by `nowIso`, earliest start first.
   * Every status is included (a seller-cancelled item stays listed so the customer sees it).
   */
  upcomingItemsOfCustomer(customerId: string, nowIso: string): UpcomingItem[] {
    const ids = this.ordersByCustomerIdx.get(customerId) ?? [];
    const out: UpcomingItem[] = [];
    for (const id of ids) {
      const order = this.orders.get(id);
      if (!order) continue;
      for (const item of order.items) {
        const session = this.sessions.get(item.sessionId) ?? this.extraSessionOf?.(item.sessionId);
        if (session && session.endDate > nowIso) out.push({ order, item, session });
      }
    }
    return out.sort((a, b) => (a.session.startDate < b.session.startDate ? -1 : a.session.startDate > b.session.startDate ? 1 : 0));
  }

  linkedAccount(customerId: string, sellerId: string): LinkedAccountRecord | undefined {
    return this.linkedAccounts.get(linkedAccountKey(customerId, sellerId));
  }

  linkedAccountsOf(customerId: string): LinkedAccountRecord[] {
    const out: LinkedAccountRecord[] = [];
    for (const seller of this.sellers.values()) {
      const account = this.linkedAccounts.get(linkedAccountKey(customerId, seller.id));
      if (account) out.push(account);
    }
    return out;
  }

  sellerKnowsEmail(sellerId: string, email: string): boolean {
    return this.sellerKnownEmails.get(sellerId)?.has(email.trim().toLowerCase()) ?? false;
  }

  addSellerKnownEmail(sellerId: string, email: string): void {
    const set = this.sellerKnownEmails.get(sellerId) ?? new Set<string>();
    set.add(email.trim().toLowerCase());
    this.sellerKnownEmails.set(sellerId, set);
  }
}
