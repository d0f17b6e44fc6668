import type { OfflinePack } from "./offline-pack-types";

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

/**
 * What the desk needs from a pack (each pass's number, each booking's title, time, person and codes),
 * as a short fingerprint. /pass reads the same data to draw itself, so it sends this along and a held
 * pack that differs (a booking made elsewhere, a pass changed) is made again at once, while a pack
 * that matches costs nothing.
 */
export function packDigest(pack: Pick<OfflinePack, "passes" | "bookings">): string {
  const lines = [
    ...pack.passes.map((p) => `p\u0000${p.sellerId}\u0000${p.number}`),
    ...pack.bookings.map(
      (b) =>
        `b\u0000${b.id}\u0000${b.title}\u0000${b.when}\u0000${b.attendee ?? ""}\u0000${b.accessCodes.map((c) => `${c.label}=${c.code}`).join(",")}`,
    ),
  ].sort();
  // FNV-1a, 32 bits: a fingerprint to compare, not a secret.
  let hash = 0x811c9dc5;
  for (const ch of lines.join("\n")) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${lines.length}-${hash.toString(16).padStart(8, "0")}`;
}
