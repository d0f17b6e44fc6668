/**
 * A callbackUrl is honoured only as a same-origin path ("/bookings?page=2"): never another host,
 * never a protocol-relative "//evil.example", never a backslash trick.
 */
export function safeCallbackPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string") return fallback;
  const v = value.trim();
  if (!v.startsWith("/") || v.startsWith("//") || v.includes("\\") || [...v].some((c) => c.charCodeAt(0) < 0x20)) return fallback;
  try {
    const url = new URL(v, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return fallback;
    if (url.pathname.startsWith("/api/") || url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
