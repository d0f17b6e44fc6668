import "server-only";
import { headers } from "next/headers";

/**
 * The absolute URL of a portal path as the browser reached it (behind a proxy, from the forwarded
 * headers), for the seller flow's redirectUri.
 */
export async function portalUrl(path: string): Promise<string> {
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "localhost").split(",")[0]!.trim();
  const forwardedProto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(host)) {
    throw new Error("unexpected Host header");
  }
  return new URL(path, `${proto}://${host}`).toString();
}
