import { timingSafeEqual } from "node:crypto";
import { isIPv6 } from "node:net";

/**
 * The client address that per-address limits count, from `TRUSTED_PROXY_HOPS`:
 * - 0 (default): the TCP peer of the portal's own server. Next.js does not hand route handlers
 *   or server actions the socket, so `scripts/serve.mjs` (what `npm start` runs) writes it into
 *   `x-portal-client-ip`, after removing any client-sent copy, together with a per-process key
 *   in `x-portal-client-ip-key`; without that key (the portal run some other way) the address is
 *   "unknown" and every such request shares one budget. X-Forwarded-For is ignored.
 * - n >= 1: n proxies you run sit in front, each appending the address it saw to X-Forwarded-For,
 *   so the client is the n-th entry from the right (entries further left are whatever the client
 *   sent). A shorter header means fewer proxies were crossed: the leftmost entry, or the socket
 *   address when there is no header.
 * IPv6 addresses count per /64 (one customer's line usually holds a whole /64).
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";
export const CLIENT_IP_KEY_HEADER = "x-portal-client-ip-key";
/** Set by scripts/serve.mjs before Next.js starts; never sent to a browser. */
export const CLIENT_IP_KEY_ENV = "PORTAL_CLIENT_IP_KEY";

function socketAddress(headers: Headers): string | undefined {
  const key = process.env[CLIENT_IP_KEY_ENV];
  const sent = headers.get(CLIENT_IP_KEY_HEADER);
  if (!key || !sent || sent.length !== key.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(key))) return undefined;
  return headers.get(CLIENT_IP_HEADER)?.trim() || undefined;
}

/** Expands an IPv6 address and keeps its first 64 bits: `2001:db8:1:2::/64`. */
function ipv6Prefix(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/** One address as a rate-limit key: `::ffff:` mappings unwrapped, IPv6 by /64, bounded length. */
export function normalizeAddress(raw: string | undefined): string {
  let a = (raw ?? "").trim();
  if (!a) return "unknown";
  // "[::1]:1234" or "1.2.3.4:5678" (some proxies add the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.toLowerCase().replace(/%.*$/, "");
  if (a.startsWith("::ffff:") && /^::ffff:\d{1,3}(\.\d{1,3}){3}$/.test(a)) return a.slice(7);
  if (isIPv6(a)) return ipv6Prefix(a);
  return a.slice(0, 64);
}

export function clientIp(headers: Headers, hops = trustedHops()): string {
  if (hops <= 0) return normalizeAddress(socketAddress(headers));
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return normalizeAddress(socketAddress(headers));
  return normalizeAddress(chain[Math.max(0, chain.length - hops)]);
}

function trustedHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
