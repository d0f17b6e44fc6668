/** The client address for rate limiting: the first X-Forwarded-For hop, as set by the proxy in front. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}
