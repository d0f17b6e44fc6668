/** Path segments of imin's API; any other segment is an id and becomes `:id` in a label. */
const ENDPOINT_WORDS = new Set([
  "api",
  "accounts",
  "actions",
  "checkout-sessions",
  "customer-accounts",
  "customers",
  "datasets",
  "event-series",
  "facility-uses",
  "order-items",
  "orders",
  "places",
  "receipts",
  "scheduled-sessions",
  "slots",
]);

/** `customers/abc/accounts` → `/customers/:id/accounts`: bounded, and never an id. */
export function endpointLabel(pathAfterBase: string): string {
  const segments = pathAfterBase.split("/").filter(Boolean);
  return `/${segments.map((s) => (ENDPOINT_WORDS.has(s) ? s : ":id")).join("/")}`;
}
