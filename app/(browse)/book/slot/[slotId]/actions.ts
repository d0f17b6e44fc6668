"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { unbookableKind } from "@/lib/book/eligibility";
import { sellerValues } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { slotGridHref } from "@/lib/facilities/grid-link";
import { courtsHref } from "@/lib/facilities/search-state";
import { createCheckoutSession } from "@/lib/imin/checkout";
import { IminError } from "@/lib/imin/errors";
import { getSlotDetail } from "@/lib/imin/facilities";
import { portalUrl } from "@/lib/portal-url";
import { markCheckoutStarted } from "@/lib/pwa/checkout-mark";
import { inPageLanguage } from "../../in-page-language";

const bookSlotSchema = z.object({
  slotId: z.string().trim().min(1).max(500),
  offerId: z.string().trim().min(1).max(1000),
});

/** imin's refusals meaning "someone else got there first": back to a fresh grid, not an error. */
const TAKEN_ERRORS = new Set(["OpportunityIsFullError", "OpportunityHasInsufficientCapacityError"]);

/**
 * Book Now for a court: re-reads the slot from imin (the form only names it), then the same
 * Authenticated Checkout as a session, with `orderedItem.type` "Slot" and the customer as attendee.
 */
export const bookSlot = authedAction(bookSlotSchema, ({ slotId, offerId }, { user }) =>
  // Answered in the page's language (the form shows the message as it comes).
  inPageLanguage(async (t) => {
    const slot = await getSlotDetail(slotId);
    if (!slot) redirect(courtsHref({}, { notice: "gone" }));
    if (slot.remaining !== undefined && slot.remaining <= 0) redirect(slotGridHref(slot, "taken"));
    if (!slot.bookable)
      return { status: "error", message: t("slot.reason", { kind: unbookableKind(slot), ...sellerValues(slot.seller?.name) }) };
    if (!slot.identifier) return { status: "error", message: t("slot.actions.offline") };
    if (!slot.offers.some((o) => o.id === offerId)) return { status: "error", message: t("slot.actions.priceGone") };
    const broker = getBrokerConfig();
    let target: string;
    try {
      target = await createCheckoutSession({
        customerUrl: user.iminCustomerUrl,
        broker: { name: broker.name, url: portalUrl(broker.homeUrl) },
        opportunity: { type: slot.type, identifier: slot.identifier },
        offerId,
        backToBrokerUrl: portalUrl(`/book/slot/${encodeURIComponent(slotId)}`),
        backToProfileUrl: portalUrl("/bookings"),
      });
    } catch (error) {
      if (error instanceof IminError && error.iminType && TAKEN_ERRORS.has(error.iminType)) redirect(slotGridHref(slot, "taken"));
      throw error;
    }
    await markCheckoutStarted();
    redirect(target);
  }),
);
