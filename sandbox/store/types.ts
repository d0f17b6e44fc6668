/**
 * The sandbox's own data model: plain records, kept in memory, from which every imin payload is
 * rendered. Dates are ISO strings in UTC; money is in minor units (pence) to avoid float drift.
 */

export interface Seller {
  /** URL-shaped id, as imin's are: `${publicBaseUrl}/sellers/${slug}`. */
  id: string;
  slug: string;
  name: string;
  url: string;
  logoPath: string; // served by the sandbox, e.g. /assets/sellers/<slug>.svg
  email: string;
  telephone: string;
  sameAs: string[];
  termsUrl: string;
  privacyUrl: string;
  /** Access pass values this seller's booking system accepts; others get a per-seller error. */
  accessPassPattern: RegExp;
  accessPassRule: string; // human words for the rule, used in error text
  /** What linking an account at this seller gives the customer. */
  linkProfile: "plain" | "entitlement" | "evidence" | "entitlement-error";
  /**
   * A detail this seller's booking system refuses when imin pushes a customer update
   * ("telephone-leading-zero": telephone numbers must start with 0, so "+44 …" is refused).
   */
  detailPushRule?: "telephone-leading-zero";
  /** The open dataset this seller's sessions and facilities are published in (`imin:dataSource`). */
  dataSource?: DataSourceRef;
}

/**
 * What a SessionSeries or FacilityUse says of its dataset in `imin:dataSource`: enough to find it in
 * the Attribution Catalog (`GET /firehose/datasets`), which holds the rest (dataset site, licence).
 */
export interface DataSourceRef {
  identifier: string;
  name?: string;
  publisherName?: string;
}

/** One entry of the Attribution Catalog: an open dataset, who publishes it and under what licence. */
export interface DatasetRecord {
  identifier: string;
  name: string;
  description: string;
  /** The dataset site: what "Source: <publisher>" links to. */
  url: string;
  license: string;
  licenseName: string;
  publisher: { name: string; url: string };
  dateModified: string;
}

export interface Venue {
  id: string; // numeric-like string, e.g. "1001"
  sellerId: string;
  name: string;
  streetAddress: string;
  addressLocality: string;
  addressRegion: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  telephone?: string;
  /** Seeded quirk: some addresses keep stray whitespace as real feeds do. */
  strayWhitespace?: boolean;
}

export interface Activity {
  id: string; // https://openactive.io/activity-list#<uuid>
  prefLabel: string;
}

export interface OfferRecord {
  id: string; // URL-shaped, unique across the sandbox
  identifier: string;
  name: string; // "Adult", "Junior", "Concession", "Member"
  pricePence: number; // 0 = free
  currency: "GBP";
  ageMin?: number;
  ageMax?: number;
  membershipRequired: boolean;
  /** Cancellation allowed until this many minutes before the start; undefined = never cancellable. */
  cancellationWindowMinutes?: number;
  /** Entitlement price (pence) when the customer holds an entitlement at this seller. */
  entitlementPricePence?: number;
  /** Is this the public adult or public junior offer summarised in `imin:aggregateOffer`? */
  aggregateRole?: "publicAdult" | "publicJunior";
}

/** An EventSeries with one SessionSeries (one venue), as imin's search shapes it. */
export interface SeriesRecord {
  id: string; // event series id
  sessionSeriesId: string;
  sellerId: string;
  venueId: string;
  name: string;
  description: string;
  activityIds: string[];
  ageMin?: number;
  ageMax?: number;
  /** High-frequency swim/gym sessions: excluded from search unless iminTag is asked for. */
  highFrequency: boolean;
  offers: OfferRecord[];
  /** Overrides the seller's dataset (sessions made with POST /admin/sessions may name any, even one not in the catalog). */
  dataSource?: DataSourceRef;
}

export interface SessionRecord {
  /** The feed identifier (URL-shaped), used in checkout and orders. */
  identifier: string;
  /** Short id used in sandbox URLs (`scheduled-sessions/{id}`). */
  id: string;
  seriesId: string;
  startDate: string;
  endDate: string;
  capacity: number;
  remaining: number;
  /** Set when the seller cancels the session. */
  cancelledMessage?: string;
}

export interface CustomerRecord {
  identifier: string;
  email: string;
  givenName: string;
  familyName: string;
  telephone?: string;
  birthDate?: string;
  gender?: string;
  is13OrOver?: boolean;
  address?: {
    streetAddress?: string;
    addressLocality?: string;
    addressRegion?: string;
    postalCode?: string;
    addressCountry?: string;
  };
  emergencyContact?: { name?: string; telephone?: string };
  accessPass?: string;
  entitlement?: { label: string; id: string; expires: string };
  createdAt: string;
  /** Set by DELETE; personal data is replaced by placeholders shortly after. */
  deletionRequestedAt?: string;
  erased?: boolean;
}

export interface EvidenceRequestRecord {
  id: string;
  entitlementLabel: string;
  entitlementTypeId: string;
  expires: string;
  uploadUrl: string;
  expiry: string;
  status: "potential" | "active" | "completed" | "failed";
}

export interface LinkedAccountRecord {
  customerId: string;
  sellerId: string;
  dateLinked: string;
  email: string;
  emailModified: string;
  accessPass?: string;
  accessPassModified?: string;
  hiddenEntitlements: boolean;
  /** Entitlement held at this seller (drives entitlement pricing). */
  entitlement?: { label: string; id: string; expires: string };
  entitlementUpdateErrors: { type: string; name: string; description: string }[];
  evidenceRequests: EvidenceRequestRecord[];
}

type OrderItemStatus = "OrderItemConfirmed" | "CustomerCancelled" | "SellerCancelled" | "AttendeeAttended" | "AttendeeAbsent";

export interface OrderItemRecord {
  identifier: string;
  sessionId: string; // SessionRecord.id
  offerId: string;
  pricePence: number;
  status: OrderItemStatus;
  cancellationMessage?: string;
  attendee?: { givenName: string; familyName: string; email?: string; identifier?: string };
  accessCode?: string;
}

export interface OrderRecord {
  identifier: string;
  customerId: string;
  sellerId: string;
  orderDate: string;
  confirmationNumber: string;
  brokerName: string;
  brokerUrl?: string;
  items: OrderItemRecord[];
  totalPence: number;
  currency: "GBP";
  receipts: { id: string; dateCreated: string }[];
  /** Set when the order was paid with a saved card (Card Details app). */
  paymentCard?: { brand: string; last4: string };
}

export interface CheckoutSessionRecord {
  id: string;
  customerId: string;
  sessionId: string;
  offerId: string;
  /** How many places (group booking). */
  quantity: number;
  attendeeIds: string[];
  brokerName: string;
  brokerUrl?: string;
  navigationLinks: { name: string; linkType: string; url: string }[];
  createdAt: string;
  /** Set once paid, so a second submit returns the same order. */
  orderId?: string;
  /** The broker asked for the entitlement price (`activeEntitlement.id` as acceptedOffer). */
  entitlementPrice?: boolean;
}

export interface WebhookDelivery {
  id: string;
  customerId: string;
  reason: string;
  url: string;
  attempts: { at: string; status?: number; error?: string }[];
  /** "skipped": no broker webhook URL was configured when the event happened. */
  state: "pending" | "delivered" | "failed" | "skipped";
  createdAt?: string;
}

/** Fault injection, globally (route = "*") or per route prefix (e.g. "/api/v2/order-items"). */
export interface FaultRule {
  route: string;
  latencyMs?: number;
  jitterMs?: number;
  errorRate?: number; // 0..1, answered 500 or 503
  hangRate?: number; // 0..1, never answered
  malformedRate?: number; // 0..1, a truncated JSON body with 200
  /** Status for `errorRate` failures; absent = 500 and 503 alternately at random. */
  errorStatus?: 500 | 503;
}

/**
 * A card saved in imin's Card Details app. Only what a card list shows is kept, never the number:
 * `id` is the opaque token that stands for the card at checkout.
 */
export interface SavedCardRecord {
  id: string;
  /** The imin Customer Account identifier (the OpenID `sub` the app signed in). */
  customerId: string;
  brand: string;
  last4: string;
  expMonth: number;
  /** Four digits. */
  expYear: number;
  isDefault: boolean;
  createdAt: string;
}
