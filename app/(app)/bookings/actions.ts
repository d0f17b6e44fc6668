"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authedAction, type ActionState } from "@/lib/actions/authed-action";
import { createCalendarFeed, revokeCalendarFeeds } from "@/lib/calendar/store";
import type { Words } from "@/lib/book/offer-words";
import { cancelBooking } from "@/lib/bookings/cancel";
import { cancelOutcomeText } from "@/lib/bookings/cancel-words";
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
  const [outcome, t] = await Promise.all([cancelBooking(user, itemId), getTranslations()]);
  // imin's own reason, as the seller wrote it, when it gave one (lib/bookings/cancel-words.ts).
  const message = cancelOutcomeText(t as unknown as Words, outcome);
  return { status: outcome.status === "cancelled" ? "success" : "error", message };
});

/**
 * The private calendar link: "create" makes a new one (any older one stops working) and shows it
 * once; "revoke" turns it off.
 */
export const calendarFeedAction = authedAction(
  z.object({ intent: z.enum(["create", "revoke"]) }),
  async ({ intent }, { user }): Promise<ActionState> => {
    const t = await getTranslations("bookings.calendar");
    if (intent === "revoke") {
      await revokeCalendarFeeds(user.id);
      revalidatePath("/bookings");
      return { status: "success", message: t("turnedOff"), data: { intent } };
    }
    const { token } = await createCalendarFeed(user.id);
    revalidatePath("/bookings");
    return {
      status: "success",
      message: t("ready"),
      data: { intent, url: portalUrl(`/api/calendar/feed/${token}`) },
    };
  },
);
