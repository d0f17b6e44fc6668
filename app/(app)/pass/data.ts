import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { qrSvg } from "@/lib/codes/qr";
import { getCustomerOrder } from "@/lib/imin/orders";
import type { Booking } from "@/lib/imin/order-types";

export { accessPasses, buildOfflinePack } from "@/lib/pwa/offline-pack";
export { packDigest } from "@/lib/pwa/pack-freshness";
export { intlLocale } from "@/lib/i18n/locales";

/** One of the customer's bookings with its access codes drawn as QR codes; null when not theirs. */
export async function bookingWithCodes(
  user: PortalUser,
  orderId: string,
  itemId: string,
): Promise<{ booking: Booking; codes: { label: string; code: string; qrSvg: string | null }[] } | null> {
  const order = await getCustomerOrder(user, orderId);
  const booking = order?.belongsToCustomer ? order.items.find((i) => i.identifier === itemId) : undefined;
  if (!booking) return null;
  const codes = await Promise.all(booking.accessCodes.map(async (c) => ({ ...c, qrSvg: await qrSvg(c.code) })));
  return { booking, codes };
}
