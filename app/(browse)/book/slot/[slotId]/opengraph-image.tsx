import { ImageResponse } from "next/og";
import { getLocale, getTranslations } from "next-intl/server";
import { facilityText, type Words } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { formatDateTimeRange } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { priceFrom } from "@/lib/seo/page-meta";
import { SHARE_CARD_SIZE, ShareCard } from "../../_components/share-card";
import { getPublicSlotDetail } from "./data";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
// English, for Next's own use: the page's head replaces it with its words in the visitor's language (shareImages).
export const alt = "The court or facility, date and time, venue and price";

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The slot's share image: broker, facility (and court), when (the venue's time and zone), where, price. */
export default async function SlotShareImage({ params }: { params: Promise<{ slotId: string }> }) {
  const { slotId } = await params;
  const broker = getBrokerConfig();
  const [tAll, lang] = await Promise.all([getTranslations(), getLocale()]);
  const words = { t: tAll as unknown as Words, locale: intlLocale(lang) };
  const slot = await getPublicSlotDetail(slotId).catch(() => null);
  const facts = slot
    ? {
        title: clip(`${facilityText(words.t, slot)}${slot.court ? `, ${slot.court}` : ""}`, 70),
        when: formatDateTimeRange(slot.startDate, slot.endDate, undefined, words.locale),
        venue: slot.venue?.name
          ? clip([slot.venue.name, slot.venue.postalAddress?.addressLocality].filter(Boolean).join(", "), 70)
          : undefined,
        price: priceFrom(slot.offers, words) || undefined,
      }
    : undefined;
  return new ImageResponse(
    <ShareCard broker={broker} facts={facts} fallbackTitle={words.t("session.share.fallback", { broker: broker.name })} />,
    {
      ...SHARE_CARD_SIZE,
      headers: { "cache-control": "public, max-age=300", vary: "Accept-Language, Cookie" },
    },
  );
}
