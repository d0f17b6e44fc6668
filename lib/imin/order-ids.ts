/** The order id inside an OrderItem id: `{booking base}/orders/{orderId}/order-items/{itemId}`. */
export function orderIdFromItemId(itemId: string | undefined): string | undefined {
  if (!itemId) return undefined;
  const match = /\/orders\/([^/?#]+)\/order-items\/[^/?#]+\/?(?:[?#].*)?$/.exec(itemId.trim());
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return /^[A-Za-z0-9._~-]{1,200}$/.test(id) ? id : undefined;
}

/** A receipt's id is the last path segment of the URL imin gives in `imin:receipt[].url`. */
export function receiptIdFromUrl(url: string): string | undefined {
  try {
    const segments = new URL(url).pathname.split("/").filter(Boolean);
    const last = segments.at(-1);
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}
