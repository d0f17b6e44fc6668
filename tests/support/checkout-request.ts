/**
 * A CheckoutSession request as a portal sends it to imin (and the tests to the sandbox): `customer`
 * books `orderedItem` through `broker`, with the hosted pages' way back to the broker.
 */
export function checkoutSessionRequest(opts: {
  customer: string;
  broker: { name: string; url: string };
  orderedItem: unknown[];
  links: { name: string; linkType: "BackToBrokerLink" | "BackToBrokerUserProfileLink"; url: string }[];
}) {
  return {
    "@context": ["https://openactive.io/", "https://imin.co/"],
    "@type": "imin:CheckoutSession",
    "imin:initialOrder": {
      type: "OrderQuote",
      customer: opts.customer,
      broker: { type: "Organization", ...opts.broker },
      orderedItem: opts.orderedItem,
    },
    "imin:navigationLinks": opts.links.map((l) => ({
      type: "WebPage",
      name: l.name,
      "imin:linkType": `https://imin.co/${l.linkType}`,
      url: l.url,
    })),
  };
}

/** The way back to a portal at https://portal.example from the hosted checkout: search and bookings. */
export const portalLinks = [
  { name: "Back", linkType: "BackToBrokerLink" as const, url: "https://portal.example/book" },
  { name: "Profile", linkType: "BackToBrokerUserProfileLink" as const, url: "https://portal.example/bookings" },
];
