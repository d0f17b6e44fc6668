import type { MetadataRoute } from "next";
import { portalUrl } from "@/lib/portal-url";

// PORTAL_URL is read when the server runs, never at build time.
export const dynamic = "force-dynamic";

/** Signed-in and staff areas, the API and the OpenID Provider: nothing there is for a search engine. */
const PRIVATE_PATHS = [
  "/account",
  "/bookings",
  "/orders",
  "/family",
  "/sellers",
  "/pass",
  "/staff",
  "/api/",
  "/oidc",
  "/offline",
  "/unsubscribe",
  // Booking for several people is a customer's own plan.
  "/book/*/group/",
];

/** robots.txt: the public timetable and session pages may be crawled; the sitemap lists the sessions. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: ["/", "/book"], disallow: PRIVATE_PATHS }],
    sitemap: portalUrl("/sitemap.xml"),
  };
}
