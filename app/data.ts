import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { IminError } from "@/lib/imin/errors";
import type { Booking } from "@/lib/imin/order-types";
import { getOrders, getUpcomingBookings } from "@/lib/imin/orders";
import { accessPasses } from "@/lib/pwa/offline-pack";
import type { OfflinePass } from "@/lib/pwa/offline-pack-types";

export { listOpen, processWaiting } from "@/lib/notices";
/** The sitemap's read (app/sitemap.ts). */
export { listUpcomingSessions } from "@/lib/imin/upcoming-sessions";

/** A read of imin for the home page: its value, or the customer's message when imin failed. */
type Read<T> = { ok: true; value: T } | { ok: false; message: string };

async function read<T>(promise: Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof IminError) return { ok: false, message: error.customerMessage };
    throw error;
  }
}

export interface HomeView {
  /** The next confirmed booking that has not ended (null: none). */
  next: Read<Booking | null>;
  passes: Read<OfflinePass[]>;
  /** Classes booked before, one per series and venue, most recent first: "Book again". */
  again: Read<Booking[]>;
}

const BOOK_AGAIN_SHOWN = 3;

function isOver(b: Booking, now: number) {
  const cancelled = b.status === "customer-cancelled" || b.status === "seller-cancelled" || b.eventCancelled;
  const over = b.status === "attended" || b.status === "absent" || (!!b.startDate && Date.parse(b.startDate) <= now);
  return cancelled || over;
}

/** What the signed-in home shows: three imin reads side by side, each allowed to fail on its own. */
export async function homeView(user: PortalUser, now = Date.now()): Promise<HomeView> {
  const [next, passes, again] = await Promise.all([
    read(
      getUpcomingBookings(user, 1).then(
        (page) =>
          page.items.find((b) => b.status === "confirmed" && !b.eventCancelled && Date.parse(b.endDate ?? b.startDate ?? "") > now) ?? null,
      ),
    ),
    read(accessPasses(user)),
    read(
      getOrders(user, 1).then((orders) => {
        const seen = new Set<string>();
        return orders.items
          .flatMap((o) => o.items)
          .filter((b) => {
            if (!b.again || !b.orderId || !isOver(b, now)) return false;
            const key = `${b.again.seriesId}|${b.again.venueId ?? b.again.venueName ?? ""}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
          .slice(0, BOOK_AGAIN_SHOWN);
      }),
    ),
  ]);
  return { next, passes, again };
}
