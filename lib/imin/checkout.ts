import "server-only";
import { IminError } from "./errors";
import { iminRequest } from "./http";
import { checkoutSessionResponse } from "./schemas";

export const BACK_TO_BROKER_LINK = "https://imin.co/BackToBrokerLink";
export const BACK_TO_PROFILE_LINK = "https://imin.co/BackToBrokerUserProfileLink";

interface CheckoutSessionInput {
  /** The Customer Account `@id` URL (from the session and database, never the request). */
  customerUrl: string;
  broker: { name: string; url: string };
  opportunity: { type: string; identifier: string };
  /** The chosen Offer's `id`, or `activeEntitlement.id` for the entitlement price. */
  offerId: string;
  /**
   * Group booking: the Customer Account `@id` of each attendee, one OrderItem each (the customer's
   * own too when they attend). Absent: one OrderItem for the customer, as before.
   */
  attendeeUrls?: string[];
  /** Absolute portal URLs: the session page, and where the customer sees their bookings. */
  backToBrokerUrl: string;
  backToProfileUrl: string;
}

/** The `imin:CheckoutSession` for Authenticated Checkout: the customer, or a group of attendees on one offer. */
export function buildCheckoutSession(input: CheckoutSessionInput) {
  for (const [name, value] of [
    ["broker.url", input.broker.url],
    ["backToBrokerUrl", input.backToBrokerUrl],
    ["backToProfileUrl", input.backToProfileUrl],
  ] as const) {
    if (!/^https?:\/\/[^\s]+$/i.test(value)) throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
  return {
    "@context": ["https://openactive.io/", "https://imin.co/"],
    type: "imin:CheckoutSession",
    "imin:initialOrder": {
      type: "OrderQuote",
      customer: input.customerUrl,
      broker: { type: "Organization", name: input.broker.name, url: input.broker.url },
      orderedItem: (input.attendeeUrls?.length ? input.attendeeUrls : [undefined]).map((attendee) => ({
        type: "OrderItem",
        acceptedOffer: input.offerId,
        orderedItem: { type: input.opportunity.type, identifier: input.opportunity.identifier },
        ...(attendee ? { attendee } : {}),
      })),
    },
    "imin:navigationLinks": [
      { type: "WebPage", name: "Back to Broker", "imin:linkType": BACK_TO_BROKER_LINK, url: input.backToBrokerUrl },
      {
        type: "WebPage",
        name: "Back to Broker User Profile",
        "imin:linkType": BACK_TO_PROFILE_LINK,
        url: input.backToProfileUrl,
      },
    ],
  };
}

/**
 * Posts the checkout session and returns the hosted checkout page to send the browser to.
 * Never retried: a repeat could open a second checkout.
 */
export async function createCheckoutSession(input: CheckoutSessionInput): Promise<string> {
  const response = await iminRequest({
    service: "checkout",
    path: "api/checkout-sessions",
    method: "POST",
    body: buildCheckoutSession(input),
    schema: checkoutSessionResponse,
  });
  const target = response.potentialAction[0]?.target;
  if (!target || !/^https?:\/\//i.test(target)) {
    throw new IminError({ kind: "invalid_response", description: "Checkout answered without a checkout page URL" });
  }
  return target;
}
