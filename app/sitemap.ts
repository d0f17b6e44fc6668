import type { MetadataRoute } from "next";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { keptUpcomingSessions, SITEMAP_DAYS, SITEMAP_MAX_URLS, SITEMAP_RADIUS_KM, sitemapUrls } from "@/lib/seo/sitemap";
import { listUpcomingSessions } from "./data";

// Read per request (PORTAL_URL and imin are known only when the server runs); imin is asked at most every few minutes.
export const dynamic = "force-dynamic";

/** sitemap.xml: the upcoming session pages around the broker's default location (lib/seo/sitemap.ts). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const now = Date.now();
  const { latitude, longitude } = getBrokerConfig().defaultLocation;
  const sessions = await keptUpcomingSessions(
    () => listUpcomingSessions({ latitude, longitude }, { km: SITEMAP_RADIUS_KM, days: SITEMAP_DAYS, max: SITEMAP_MAX_URLS, nowMs: now }),
    now,
  );
  return sitemapUrls(sessions, getEnv().PORTAL_URL, now);
}
