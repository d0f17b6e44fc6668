import "server-only";
import type { User } from "@/lib/db/schema";
import type { Booking } from "@/lib/imin/order-types";
import { sendNotification } from "@/lib/notifications/deliver";
import { getEmailPreferences } from "@/lib/notifications/preferences";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { bookingMailFacts } from "./booking-words";
import { sendOneOff } from "./store";

/** Emails the customer once that the seller cancelled a booking (unless they turned these emails off). */
export async function notifySellerCancelled(user: User, booking: Booking): Promise<void> {
  const key = `seller-cancelled:${booking.id}`;
  await sendOneOff(key, user.id, "booking-cancelled", async () => {
    if (!(await getEmailPreferences(user.id)).cancellations) return false;
    const locale = recipientLocale(user.locale);
    await sendNotification(
      {
        kind: "booking-cancelled",
        props: {
          ...bookingMailFacts(user, booking, locale),
          message: booking.cancellationMessage,
          orderUrl: mailPortalUrl(booking.orderId ? `/orders/${encodeURIComponent(booking.orderId)}` : "/orders", locale),
          unsubscribeUrl: unsubscribeUrl(user.id, "cancellations", locale),
        },
      },
      { userId: user.id, email: user.email, locale },
      "cancellations",
    );
    return true;
  });
}
