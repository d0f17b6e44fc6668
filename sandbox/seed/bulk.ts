import type { Store } from "../store/store";
import { addOrder } from "./orders";

/**
 * Gives `customerId` `n` more upcoming bookings (one order each) on sessions with space in the next
 * 14 days, spread across the catalogue; for benchmarks. Returns the new order ids.
 */
export function seedBulkBookings(store: Store, customerId: string, n: number, nowIso: string): string[] {
  const until = new Date(Date.parse(nowIso) + 14 * 86_400_000).toISOString();
  const candidates = store.sessionsStartingBetween(nowIso, until).filter((s) => !s.cancelledMessage && s.remaining > 0);
  const created: string[] = [];
  if (candidates.length === 0) return created;
  const step = Math.max(1, Math.floor(candidates.length / n));
  for (let i = 0; created.length < n && i < candidates.length * 2; i++) {
    const session = candidates[(i * step + Math.floor(i / candidates.length)) % candidates.length];
    if (session.remaining <= 0) continue;
    const offer = store.seriesOf(session).offers.find((o) => !o.membershipRequired) ?? store.seriesOf(session).offers[0];
    if (!offer) continue;
    const order = addOrder(store, customerId, nowIso, [{ session, offerId: offer.id }]);
    created.push(order.identifier);
  }
  return created;
}
