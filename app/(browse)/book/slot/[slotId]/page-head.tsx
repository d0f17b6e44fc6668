import type { Metadata, ResolvingMetadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { Words } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/alternates";
import { intlLocale } from "@/lib/i18n/locales";
import { shareImages, slotDescription, slotPath, slotTitle, sharedPageMetadata } from "@/lib/seo/page-meta";
import { getPublicSlotDetail } from "./data";

/**
 * The slot page's head for search engines and link previews, from the public read. No Event
 * JSON-LD: a court hire slot is a booking of a facility, not an event people attend, and Google's
 * Event guidelines refuse non-events marked up as events (docs/features/seo.md).
 */
export async function generateMetadata({ params }: { params: Promise<{ slotId: string }> }, parent: ResolvingMetadata): Promise<Metadata> {
  const [{ slotId }, h, tAll, lang] = await Promise.all([params, headers(), getTranslations(), getLocale()]);
  const words = { t: tAll as unknown as Words, locale: intlLocale(lang) };
  // A prefetch asks for the head alone: it asks imin nothing.
  if (h.get("next-router-prefetch") === "1") return { title: words.t("slot.title") };
  const slot = await getPublicSlotDetail(slotId).catch(() => null);
  if (!slot) return { title: words.t("slot.goneTitle") };
  const broker = getBrokerConfig();
  const path = slotPath(slot.slotId || slotId);
  const { openGraph } = await parent;
  return sharedPageMetadata({
    title: slotTitle(slot, words),
    description: slotDescription(slot, words),
    origin: getEnv().PORTAL_URL,
    path,
    siteName: broker.name,
    locale: lang,
    languages: languageAlternates(broker, path),
    // The share image's words in the visitor's language (its URL as the route's file makes it).
    images: shareImages(openGraph, words.t("slot.share.alt")),
  });
}
