import type { Store } from "../store/store";
import type { LinkedAccountRecord, OfferRecord, OrderItemRecord, SessionRecord } from "../store/types";
import { addOrder, type ItemSpec } from "./orders";
import { intBetween, pick, type Rng } from "./rng";
import { DEMO_CUSTOMER_EMAIL, DEMO_CUSTOMER_ID, OTHER_CUSTOMER_EMAIL, OTHER_CUSTOMER_ID } from "./customers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Finder {
  /** Start between now+fromH and now+toH hours. */
  fromH: number;
  toH: number;
  offer?: (o: OfferRecord) => boolean;
  window?: (minutes: number | undefined) => boolean;
  highFrequency?: boolean;
  seller?: string;
}

const SELLER_CANCELLED_MESSAGE =
  "Sorry, the instructor is unwell and this class is cancelled. You will receive a full refund automatically.";

/** Picks sessions for the demo data without reusing one, by start range and offer properties. */
class SessionPicker {
  private readonly used = new Set<string>();
  constructor(
    private readonly store: Store,
    private readonly rng: Rng,
    private readonly now: number,
  ) {}

  /**
   * Finds a session matching `f`; when the catalogue of this seed has none, widens the time range,
   * then drops the seller and frequency constraints, and last the offer constraints.
   */
  find(f: Finder): { session: SessionRecord; offer: OfferRecord } {
    const span = Math.max(24, f.toH - f.fromH);
    const attempts: Finder[] = [
      f,
      { ...f, toH: f.toH + span },
      { ...f, fromH: f.fromH - span / 2, toH: f.toH + 2 * span },
      { ...f, seller: undefined, highFrequency: undefined, toH: f.toH + 2 * span },
      { fromH: f.fromH, toH: f.toH + 2 * span },
      { fromH: f.fromH < 0 ? -40 * 24 : 1, toH: f.fromH < 0 ? -1 : 14 * 24 },
    ];
    for (const attempt of attempts) {
      // Past searches never run into the future and vice versa.
      const bounded =
        f.fromH < 0
          ? { ...attempt, toH: Math.min(attempt.toH, -1) }
          : { ...attempt, fromH: Math.max(attempt.fromH, 1), toH: Math.min(attempt.toH, 14 * 24 - 2) };
      const found = this.tryFind(bounded);
      if (found) return found;
    }
    throw new Error(`demo seed: no session at all for ${f.fromH}..${f.toH}h`);
  }

  private tryFind(f: Finder): { session: SessionRecord; offer: OfferRecord } | undefined {
    const from = new Date(this.now + f.fromH * HOUR).toISOString();
    const to = new Date(this.now + f.toH * HOUR).toISOString();
    const candidates: { session: SessionRecord; offer: OfferRecord }[] = [];
    for (const session of this.store.sessionsStartingBetween(from, to)) {
      if (this.used.has(session.id) || session.cancelledMessage) continue;
      if (f.toH > 0 && session.remaining <= 1) continue;
      const series = this.store.seriesOf(session);
      if (f.highFrequency !== undefined && series.highFrequency !== f.highFrequency) continue;
      if (f.seller && this.store.sellerOf(series).slug !== f.seller) continue;
      const offer = series.offers.find(
        (o) => !o.membershipRequired && (!f.offer || f.offer(o)) && (!f.window || f.window(o.cancellationWindowMinutes)),
      );
      if (offer) candidates.push({ session, offer });
    }
    if (candidates.length === 0) return undefined;
    const chosen = pick(this.rng, candidates);
    this.used.add(chosen.session.id);
    return chosen;
  }
}

function accessCode(rng: Rng): string {
  return `DOOR-${String(intBetween(rng, 1000, 9999))}`;
}

function orderDateBefore(rng: Rng, startIso: string, now: number): string {
  const latest = Math.min(Date.parse(startIso) - HOUR, now - HOUR);
  return new Date(latest - intBetween(rng, 1, 12) * DAY - intBetween(rng, 0, 600) * 60_000).toISOString();
}

/** Orders, bookings and linked accounts of the demo and other customers. */
export function seedDemoData(store: Store, rng: Rng, publicBaseUrl: string, nowIso: string): void {
  const now = Date.parse(nowIso);
  const picker = new SessionPicker(store, rng, now);
  const book = (
    customerId: string,
    found: { session: SessionRecord; offer: OfferRecord },
    extra: Partial<ItemSpec> = {},
    options: { receipt?: boolean } = {},
  ) =>
    addOrder(
      store,
      customerId,
      orderDateBefore(rng, found.session.startDate, now),
      [{ session: found.session, offerId: found.offer.id, ...extra }],
      options,
    );

  // ---- demo customer: upcoming (15 items over 14 orders, so the list has two pages) ----------
  const D = DEMO_CUSTOMER_ID;
  book(D, picker.find({ fromH: 48, toH: 96, window: (w) => w === 60, highFrequency: false }));
  book(D, picker.find({ fromH: 120, toH: 192, window: (w) => w === 1440 }), { accessCode: accessCode(rng) });
  book(D, picker.find({ fromH: 24, toH: 72, window: (w) => w === undefined }));
  book(D, picker.find({ fromH: 12, toH: 36, window: (w) => w === 2880 }));
  const cancelled = picker.find({ fromH: 72, toH: 144, highFrequency: false });
  cancelled.session.cancelledMessage = SELLER_CANCELLED_MESSAGE;
  book(D, cancelled, { status: "SellerCancelled", cancellationMessage: SELLER_CANCELLED_MESSAGE });
  book(D, picker.find({ fromH: 96, toH: 216, offer: (o) => o.name === "Junior" }), {
    attendee: { givenName: "Jamie", familyName: "Morgan" },
  });
  const twoA = picker.find({ fromH: 144, toH: 240, seller: "northern-active", highFrequency: false });
  const twoB = picker.find({ fromH: 144, toH: 240, seller: "northern-active", highFrequency: false });
  addOrder(store, D, orderDateBefore(rng, twoA.session.startDate, now), [
    { session: twoA.session, offerId: twoA.offer.id },
    { session: twoB.session, offerId: twoB.offer.id, accessCode: accessCode(rng) },
  ]);
  book(D, picker.find({ fromH: 24, toH: 48, highFrequency: true, window: (w) => w === 60 }), { accessCode: accessCode(rng) });
  book(D, picker.find({ fromH: 240, toH: 312, window: (w) => w === 0 }));
  book(D, picker.find({ fromH: 216, toH: 330, offer: (o) => o.pricePence === 0 }));
  book(D, picker.find({ fromH: 200, toH: 330, highFrequency: false }), { status: "CustomerCancelled" });
  book(D, picker.find({ fromH: 250, toH: 330, highFrequency: false }), {}, { receipt: false });
  book(D, picker.find({ fromH: 260, toH: 334, highFrequency: false }));
  book(D, picker.find({ fromH: 280, toH: 334 }));

  // ---- demo customer: history (12 orders, 13 items) -------------------------------------------
  const pastStatuses: OrderItemRecord["status"][] = [
    "AttendeeAttended",
    "AttendeeAttended",
    "AttendeeAbsent",
    "AttendeeAttended",
    "CustomerCancelled",
    "AttendeeAttended",
    "SellerCancelled",
    "AttendeeAttended",
    "AttendeeAbsent",
    "CustomerCancelled",
    "AttendeeAttended",
    "OrderItemConfirmed",
  ];
  pastStatuses.forEach((status, i) => {
    const found = picker.find({
      fromH: -(40 - i * 3) * 24,
      toH: -(38 - i * 3) * 24 + 12,
      highFrequency: i === 8 || i === 10 ? true : i < 7 ? false : undefined,
    });
    const extra: Partial<ItemSpec> = { status };
    if (status === "SellerCancelled") extra.cancellationMessage = "Pool closed for maintenance. A full refund has been issued.";
    if (i === 3) {
      const second = picker.find({ fromH: -(40 - i * 3) * 24, toH: -(38 - i * 3) * 24 + 12 });
      addOrder(
        store,
        D,
        orderDateBefore(rng, found.session.startDate, Date.parse(found.session.startDate)),
        [
          { session: found.session, offerId: found.offer.id, status },
          { session: second.session, offerId: second.offer.id, status: "AttendeeAttended" },
        ],
        { takeSpace: false },
      );
      return;
    }
    addOrder(
      store,
      D,
      orderDateBefore(rng, found.session.startDate, Date.parse(found.session.startDate)),
      [{ session: found.session, offerId: found.offer.id, ...extra }],
      { receipt: i % 3 !== 2, takeSpace: false },
    );
  });

  // ---- other customer --------------------------------------------------------------------------
  const O = OTHER_CUSTOMER_ID;
  book(O, picker.find({ fromH: 30, toH: 120, highFrequency: false }));
  book(O, picker.find({ fromH: 120, toH: 250, window: (w) => w !== undefined && w <= 1440 }));
  book(O, picker.find({ fromH: 200, toH: 330 }), { accessCode: accessCode(rng) });
  for (const days of [20, 9]) {
    const found = picker.find({ fromH: -days * 24, toH: -days * 24 + 24 });
    addOrder(
      store,
      O,
      orderDateBefore(rng, found.session.startDate, Date.parse(found.session.startDate)),
      [{ session: found.session, offerId: found.offer.id, status: "AttendeeAttended" }],
      { takeSpace: false },
    );
  }

  // ---- linked seller accounts -----------------------------------------------------------------
  const northern = store.sellerBySlug("northern-active")!;
  const linkedAt = new Date(now - 90 * DAY).toISOString();
  const evidenceId = store.newId("ev_");
  const demoLink: LinkedAccountRecord = {
    customerId: D,
    sellerId: northern.id,
    dateLinked: linkedAt,
    email: DEMO_CUSTOMER_EMAIL,
    emailModified: linkedAt,
    accessPass: "AM00417263",
    accessPassModified: new Date(now - 60 * DAY).toISOString(),
    hiddenEntitlements: false,
    entitlementUpdateErrors: [],
    evidenceRequests: [
      {
        id: evidenceId,
        entitlementLabel: "Concession",
        entitlementTypeId: `${publicBaseUrl}/sellers/${northern.slug}/entitlement-list#concession`,
        expires: new Date(now + 275 * DAY).toISOString(),
        uploadUrl: `${publicBaseUrl}/connect/evidence/${evidenceId}`,
        expiry: new Date(now + 10 * DAY).toISOString(),
        status: "potential",
      },
    ],
  };
  store.putLinkedAccount(demoLink);
  store.addSellerKnownEmail(northern.id, DEMO_CUSTOMER_EMAIL);
  // Not linked, but this seller's booking system already knows the demo email.
  store.addSellerKnownEmail(store.sellerBySlug("riverside-leisure")!.id, DEMO_CUSTOMER_EMAIL);

  const peak = store.sellerBySlug("peak-community-sport")!;
  const otherLinkedAt = new Date(now - 30 * DAY).toISOString();
  store.putLinkedAccount({
    customerId: O,
    sellerId: peak.id,
    dateLinked: otherLinkedAt,
    email: OTHER_CUSTOMER_EMAIL,
    emailModified: otherLinkedAt,
    accessPass: "JP00112233",
    accessPassModified: otherLinkedAt,
    hiddenEntitlements: false,
    entitlementUpdateErrors: [],
    evidenceRequests: [],
  });
  store.addSellerKnownEmail(peak.id, OTHER_CUSTOMER_EMAIL);
  store.addSellerKnownEmail(store.sellerBySlug("harbourside-fitness")!.id, OTHER_CUSTOMER_EMAIL);
}
