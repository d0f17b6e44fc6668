import type { Store } from "../store/store";
import type { OrderItemRecord, OrderRecord, SessionRecord } from "../store/types";

const SEED_BROKER = { name: "Acme Fitness", url: "https://acmefitness.example" };

export interface ItemSpec {
  session: SessionRecord;
  offerId: string;
  status?: OrderItemRecord["status"];
  cancellationMessage?: string;
  attendee?: OrderItemRecord["attendee"];
  accessCode?: string;
}

/** Confirmation numbers look like booking-system references: 3 letters + 6 digits. */
function confirmationNumber(store: Store): string {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  let out = "";
  for (let i = 0; i < 3; i++) out += letters[Math.floor(store.rng() * letters.length)];
  return `${out}${String(Math.floor(store.rng() * 1_000_000)).padStart(6, "0")}`;
}

/** Builds and stores an order for one seller's sessions; price from each offer. */
export function addOrder(
  store: Store,
  customerId: string,
  orderDate: string,
  items: ItemSpec[],
  options: { receipt?: boolean; takeSpace?: boolean } = {},
): OrderRecord {
  const first = store.seriesOf(items[0].session);
  const identifier = store.newId("ord_");
  const records: OrderItemRecord[] = items.map((spec) => {
    const offer = store.offerById(spec.offerId)?.offer;
    if (!offer) throw new Error(`unknown offer ${spec.offerId}`);
    if (options.takeSpace !== false && spec.session.remaining > 0 && spec.session.startDate > orderDate) {
      spec.session.remaining -= 1;
    }
    return {
      identifier: store.newId("oi_"),
      sessionId: spec.session.id,
      offerId: offer.id,
      pricePence: offer.pricePence,
      status: spec.status ?? "OrderItemConfirmed",
      cancellationMessage: spec.cancellationMessage,
      attendee: spec.attendee,
      accessCode: spec.accessCode,
    };
  });
  const order: OrderRecord = {
    identifier,
    customerId,
    sellerId: first.sellerId,
    orderDate,
    confirmationNumber: confirmationNumber(store),
    brokerName: SEED_BROKER.name,
    brokerUrl: SEED_BROKER.url,
    items: records,
    totalPence: records.reduce((sum, r) => sum + r.pricePence, 0),
    currency: "GBP",
    receipts:
      options.receipt === false ? [] : [{ id: store.newId("rcpt_"), dateCreated: new Date(Date.parse(orderDate) + 60_000).toISOString() }],
  };
  store.putOrder(order);
  return order;
}
