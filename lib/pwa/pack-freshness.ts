/**
 * When the browser's offline pack is made again. Building it costs two imin calls (linked accounts
 * and order items), so a signed-in page load refreshes it only when none is held, when the one held
 * is older than PACK_FRESH_FOR_MS, or when the customer has since left for imin's checkout (a
 * booking may have been made there). Cancelling refreshes it at once, as before.
 *
 * The checkout mark is a cookie the Book actions set on their way to imin and the page clears once
 * it has refreshed the pack: the portal cannot otherwise tell that an order was placed on imin's
 * page, and a customer coming back expects the new booking's access code on their pass offline.
 */
const PACK_FRESH_FOR_MS = 10 * 60_000;
export const CHECKOUT_MARK_COOKIE = "portal-pack-stale";

/** True when a held pack made at `updatedAt` should be made again at `now`. */
export function packIsStale(updatedAt: string | undefined, now: number, checkoutMarked: boolean): boolean {
  if (checkoutMarked || !updatedAt) return true;
  const made = Date.parse(updatedAt);
  return !Number.isFinite(made) || now - made >= PACK_FRESH_FOR_MS || made > now + PACK_FRESH_FOR_MS;
}
