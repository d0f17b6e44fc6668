import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Booking } from "@/lib/imin/order-types";

/** Whether a booking invites "Book again": it is over or cancelled, and imin named its event series. */
function canBookAgain(booking: Booking, now = Date.now()): boolean {
  if (!booking.again || !booking.orderId) return false;
  const cancelled = booking.status === "customer-cancelled" || booking.status === "seller-cancelled" || booking.eventCancelled;
  const over =
    booking.status === "attended" || booking.status === "absent" || (!!booking.startDate && Date.parse(booking.startDate) <= now);
  return cancelled || over;
}

/** Opens the next session of the same series at the same venue (or says there is none soon). */
export function BookAgainLink({ booking }: { booking: Booking }) {
  const t = useTranslations("common.booking");
  if (!canBookAgain(booking)) return null;
  return (
    <Link
      href={`/bookings/again/${encodeURIComponent(booking.orderId!)}/${encodeURIComponent(booking.identifier)}`}
      prefetch={false}
      className="mt-3 inline-flex min-h-11 items-center rounded-md border border-outline px-4 text-sm font-semibold text-link hover:bg-black/5"
    >
      {t("bookAgain")}
      <span className="sr-only">: {booking.title}</span>
    </Link>
  );
}
