import { ImageResponse } from "next/og";
import { getBrokerConfig } from "@/lib/broker/config";
import { formatDateTimeRange } from "@/lib/format";
import { priceFrom } from "@/lib/seo/page-meta";
import { SHARE_CARD_SIZE, ShareCard } from "../../_components/share-card";
import { getPublicSlotDetail } from "./data";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The court or facility, date and time, venue and price";

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The slot's share image: broker, facility (and court), when (the venue's time and zone), where, price. */
export default async function SlotShareImage({ params }: { params: Promise<{ slotId: string }> }) {
  const { slotId } = await params;
  const broker = getBrokerConfig();
  const slot = await getPublicSlotDetail(slotId).catch(() => null);
  const facts = slot
    ? {
        title: clip(`${slot.facilityName}${slot.court ? `, ${slot.court}` : ""}`, 70),
        when: formatDateTimeRange(slot.startDate, slot.endDate),
        venue: slot.venue?.name
          ? clip([slot.venue.name, slot.venue.postalAddress?.addressLocality].filter(Boolean).join(", "), 70)
          : undefined,
        price: priceFrom(slot.offers) || undefined,
      }
    : undefined;
  return new ImageResponse(<ShareCard broker={broker} facts={facts} />, {
    ...SHARE_CARD_SIZE,
    headers: { "cache-control": "public, max-age=300" },
  });
}
