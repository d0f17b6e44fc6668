import "server-only";
import { calendarOptions } from "@/lib/calendar/feed";
import { calendarText } from "@/lib/calendar/ics";
import { getUserById } from "@/lib/accounts/store";
import type { Locale } from "@/lib/i18n/locales";
import { getCustomerOrder } from "@/lib/imin/orders";
import { mailPortalUrl, recipientLocale } from "@/lib/mail/words";
import { sendNotification } from "@/lib/notifications/deliver";
import { getEmailPreferences } from "@/lib/notifications/preferences";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe";
import { bookingMailFacts, cancelUntil, venueWords } from "./booking-words";
import { getReminder, settleReminder, unsettleReminder } from "./store";

export type ReminderOutcome = "sent" | "already-done" | "cancelled" | "turned-off" | "started";

/**
 * Sends one booking's reminder, after checking again that it should go: still scheduled, the
 * customer still wants reminders, and imin still has the booking confirmed and not yet started.
 * Written in `locale` (the language the job carries), else the customer's stored choice.
 */
export async function sendReminder(itemId: string, now = new Date(), carried?: Locale): Promise<ReminderOutcome> {
  const row = await getReminder(itemId);
  if (row?.status !== "scheduled") return "already-done";
  const user = await getUserById(row.userId);
  if (!user?.iminCustomerId) {
    await settleReminder(itemId, "cancelled");
    return "cancelled";
  }
  if (!(await getEmailPreferences(user.id)).reminders) {
    await settleReminder(itemId, "cancelled");
    return "turned-off";
  }
  // Errors reading imin throw: the job retries with back-off.
  const order = row.orderId ? await getCustomerOrder({ iminCustomerId: user.iminCustomerId, email: user.email }, row.orderId) : null;
  const booking = order?.items.find((i) => i.id === itemId);
  if (booking?.status !== "confirmed" || booking.eventCancelled) {
    await settleReminder(itemId, "cancelled");
    return "cancelled";
  }
  if (!booking.startDate || new Date(booking.startDate) <= now) {
    await settleReminder(itemId, "cancelled");
    return "started";
  }
  if (!(await settleReminder(itemId, "sent"))) return "already-done";
  const locale = recipientLocale(carried, user.locale);
  try {
    await sendNotification(
      {
        kind: "booking-reminder",
        props: {
          ...bookingMailFacts(user, booking, locale),
          venue: venueWords(booking),
          cancellable: booking.cancellable,
          cancelUntil: cancelUntil(booking, locale),
          bookingsUrl: mailPortalUrl("/bookings", locale),
          unsubscribeUrl: unsubscribeUrl(user.id, "reminders", locale),
        },
        attachments: [
          {
            filename: "booking.ics",
            contentType: "text/calendar; charset=utf-8; method=PUBLISH",
            content: calendarText([booking], { ...(await calendarOptions(locale)), method: "publish" }),
          },
        ],
      },
      { userId: user.id, email: user.email, locale },
      "reminders",
    );
  } catch (error) {
    await unsettleReminder(itemId);
    throw error;
  }
  return "sent";
}
