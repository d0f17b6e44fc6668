import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { code128Svg } from "@/lib/codes/code128";
import { qrSvg } from "@/lib/codes/qr";
import { formatDateTime, formatDateTimeRange } from "@/lib/format";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { getUpcomingBookings } from "@/lib/imin/orders";
import type { IntlLocale } from "@/lib/i18n/locales";
import type { OfflineBooking, OfflinePack, OfflinePass } from "./offline-pack-types";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The access passes of every linked seller: what the desk scans. */
export async function accessPasses(user: PortalUser): Promise<OfflinePass[]> {
  const { accounts } = await getSellerAccounts(user.iminCustomerId);
  return accounts.flatMap((a) =>
    a.linked && a.accessPass
      ? [
          {
            sellerId: a.seller.ref,
            sellerName: a.seller.name,
            logoUrl: a.seller.logoUrl,
            number: a.accessPass,
            barcodeSvg: code128Svg(a.accessPass),
          },
        ]
      : [],
  );
}

/**
 * The passes and the confirmed bookings starting within the next 7 days (from the first page of
 * upcoming bookings, which is earliest first), with their access codes drawn as QR codes. Its times
 * are written in `locale`, the customer's language when it is made (it is shown offline as saved).
 */
export async function buildOfflinePack(user: PortalUser, now = new Date(), locale: IntlLocale = "en-GB"): Promise<OfflinePack> {
  const [passes, upcoming] = await Promise.all([accessPasses(user), getUpcomingBookings(user, 1)]);
  const until = now.getTime() + WEEK_MS;
  const soon = upcoming.items.filter((b) => {
    const start = b.startDate ? Date.parse(b.startDate) : Number.NaN;
    return b.status === "confirmed" && !b.eventCancelled && start >= now.getTime() - 3 * 60 * 60 * 1000 && start <= until;
  });
  const bookings: OfflineBooking[] = await Promise.all(
    soon.map(async (b) => ({
      id: b.identifier,
      title: b.title,
      when: formatDateTimeRange(b.startDate, b.endDate, b.timeZone, locale),
      startDate: b.startDate,
      venue: b.venue?.name,
      attendee: b.attendee?.name,
      deskHref: b.orderId ? `/pass/booking/${encodeURIComponent(b.orderId)}/${encodeURIComponent(b.identifier)}` : undefined,
      accessCodes: await Promise.all(b.accessCodes.map(async (c) => ({ ...c, qrSvg: await qrSvg(c.code) }))),
    })),
  );
  return {
    version: 1,
    userId: user.id,
    updatedAt: now.toISOString(),
    updatedAtText: formatDateTime(now.toISOString(), undefined, locale),
    passes,
    bookings,
  };
}
