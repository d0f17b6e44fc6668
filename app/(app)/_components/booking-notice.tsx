import { useTranslations } from "next-intl";
import type { Booking } from "@/lib/imin/order-types";

/** The seller's message for a cancelled session, or a note that the customer cancelled. */
export function BookingNotice({ booking }: { booking: Booking }) {
  const t = useTranslations("common.booking");
  if (booking.status === "seller-cancelled" || (booking.eventCancelled && booking.status === "confirmed")) {
    return (
      <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <p className="font-semibold">{t("cancelledByOrganiser")}</p>
        <p className="mt-1">{booking.cancellationMessage ?? t("sessionCancelled")}</p>
      </div>
    );
  }
  if (booking.status === "customer-cancelled") {
    return <p className="mt-3 text-sm text-gray-700">{t("youCancelled")}</p>;
  }
  return null;
}
