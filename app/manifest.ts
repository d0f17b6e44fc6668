import type { MetadataRoute } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getLocalizedBroker } from "@/lib/i18n/server";

// Read per request like the rest of the brand: one build serves any broker.
export const dynamic = "force-dynamic";

/** The web app manifest, from the broker's configuration, in the visitor's language. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const broker = await getLocalizedBroker();
  const t = await getTranslations("manifest");
  const shortName = broker.name.length <= 12 ? broker.name : broker.name.split(/\s+/)[0]!.slice(0, 12);
  return {
    id: "/",
    name: broker.name,
    short_name: shortName,
    description: broker.tagline ?? t("description", { broker: broker.name }),
    lang: await getLocale(),
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: broker.theme.background,
    theme_color: broker.theme.primary,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
