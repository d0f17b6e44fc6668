/** Routes a signed-out visitor is sent away from (proxy.ts). */
const PROTECTED_PREFIXES = ["/account", "/sellers", "/bookings", "/orders", "/book", "/pass"];

export function isProtectedPath(pathname: string) {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
