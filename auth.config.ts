/** Routes a signed-out visitor is sent away from (proxy.ts). /book and its session and slot pages are public (docs/features/public-pages.md). */
const PROTECTED_PREFIXES = ["/account", "/sellers", "/bookings", "/orders", "/pass"];
/** Under the public /book: a booking for several people belongs to a customer. */
const PROTECTED_UNDER_BOOK = /^\/book\/[^/]+\/group(\/|$)/;

export function isProtectedPath(pathname: string) {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || PROTECTED_UNDER_BOOK.test(pathname);
}
