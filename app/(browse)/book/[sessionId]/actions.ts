"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { unbookableKind } from "@/lib/book/eligibility";
import { unbookableText } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { getSellerAccounts } from "@/lib/imin/seller-accounts";
import { createCheckoutSession } from "@/lib/imin/checkout";
import { getSessionDetail } from "@/lib/imin/events";
import { portalUrl } from "@/lib/portal-url";
import { markCheckoutStarted } from "@/lib/pwa/checkout-mark";
import { inPageLanguage } from "../in-page-language";

const bookSchema = z.object({
  sessionId: z.string().trim().min(1).max(500),
  offerId: z.string().trim().min(1).max(1000),
  entitlement: z.enum(["0", "1"]).default("0"),
});

/**
 * Book Now: re-reads the session and offer from imin (the form only names them), builds the
 * Authenticated Checkout request for the signed-in customer and sends the browser to imin's page.
 */
export const bookNow = authedAction(bookSchema, ({ sessionId, offerId, entitlement }, { user }) =>
  // Answered in the page's language (the form shows the message as it comes).
  inPageLanguage(async (t) => {
    const filter = entitlement === "1" ? (await getSellerAccounts(user.iminCustomerId)).entitlementFilter : undefined;
    const detail = await getSessionDetail(sessionId, filter);
    if (!detail) return { status: "error", message: t("session.actions.gone") };
    if (!detail.bookable || !detail.identifier) {
      return {
        status: "error",
        message: !detail.bookable
          ? t("session.actions.closed", { reason: unbookableText(t, unbookableKind(detail), true) })
          : t("session.actions.closedOnline"),
      };
    }
    const offer = detail.offers.find((o) => o.id === offerId || o.entitlement?.id === offerId);
    if (!offer) return { status: "error", message: t("session.actions.ticketGone") };

    const broker = getBrokerConfig();
    const target = await createCheckoutSession({
      customerUrl: user.iminCustomerUrl,
      broker: { name: broker.name, url: portalUrl(broker.homeUrl) },
      opportunity: { type: detail.type, identifier: detail.identifier },
      offerId,
      backToBrokerUrl: portalUrl(`/book/${encodeURIComponent(sessionId)}`),
      backToProfileUrl: portalUrl("/bookings"),
    });
    await markCheckoutStarted();
    redirect(target);
  }),
);
