import type { Metadata } from "next";
import { headers } from "next/headers";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { slotDescription, slotPath, slotTitle, sharedPageMetadata } from "@/lib/seo/page-meta";
import { getPublicSlotDetail } from "./data";

/**
 * The slot page's head for search engines and link previews, from the public read. No Event
 * JSON-LD: a court hire slot is a booking of a facility, not an event people attend, and Google's
 * Event guidelines refuse non-events marked up as events (docs/features/seo.md).
 */
export async function generateMetadata({ params }: { params: Promise<{ slotId: string }> }): Promise<Metadata> {
  const [{ slotId }, h] = await Promise.all([params, headers()]);
  // A prefetch asks for the head alone: it asks imin nothing.
  if (h.get("next-router-prefetch") === "1") return { title: "Book a court" };
  const slot = await getPublicSlotDetail(slotId).catch(() => null);
  if (!slot) return { title: "Slot no longer available" };
  return sharedPageMetadata({
    title: slotTitle(slot),
    description: slotDescription(slot),
    origin: getEnv().PORTAL_URL,
    path: slotPath(slot.slotId || slotId),
    siteName: getBrokerConfig().name,
  });
}
