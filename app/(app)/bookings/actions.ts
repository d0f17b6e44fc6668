"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, type ActionState } from "@/lib/actions/authed-action";
import { createCalendarFeed, revokeCalendarFeeds } from "@/lib/calendar/store";
import { cancelBooking } from "@/lib/bookings/cancel";
import { portalUrl } from "@/lib/portal-url";

const cancelSchema = z.object({
  itemId: z.string().trim().min(1).max(600),
});

/**
 * Cancels one upcoming booking of the signed-in person. Which order it belongs to, and whether it is
 * theirs, is worked out on the server from imin (see lib/bookings/cancel.ts); another person's
 * item answers exactly like an unknown one.
 */
export const cancelBookingAction = authedAction(cancelSchema, async ({ itemId }, { user }): Promise<ActionState> => {
  const outcome = await cancelBooking(user, itemId);
  switch (outcome.status) {
    case "cancelled":
      return {
        status: "success",
        message: "Booking cancelled. Your refund will follow automatically, and you will get an email to confirm it.",
      };
    case "not-found":
      return { status: "error", message: "We couldn't find that booking. It may already have been removed." };
    case "refused":
      return { status: "error", message: outcome.message };
    default:
      return { status: "error", message: outcome.message };
  }
});

/**
 * The private calendar link: "create" makes a new one (any older one stops working) and shows it
 * once; "revoke" turns it off.
 */
export const calendarFeedAction = authedAction(
  z.object({ intent: z.enum(["create", "revoke"]) }),
  async ({ intent }, { user }): Promise<ActionState> => {
    if (intent === "revoke") {
      await revokeCalendarFeeds(user.id);
      revalidatePath("/bookings");
      return { status: "success", message: "Your calendar link is turned off. Calendars using it will stop updating.", data: { intent } };
    }
    const { token } = await createCalendarFeed(user.id);
    revalidatePath("/bookings");
    return {
      status: "success",
      message: "Your private calendar link is ready. Copy it now: for your security it is shown only once.",
      data: { intent, url: portalUrl(`/api/calendar/feed/${token}`) },
    };
  },
);
