import { ImageResponse } from "next/og";
import { getLocale, getTranslations } from "next-intl/server";
import type { Words } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { formatDateTimeRange } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { priceFrom } from "@/lib/seo/page-meta";
import { SHARE_CARD_SIZE, ShareCard } from "../../_components/share-card";
import { getPublicSessionDetail } from "../data";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
// English, for Next's own use: the page's head replaces it with its words in the visitor's language (shareImages).
export const alt = "The session's name, date and time, venue and price";

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The session's share image: broker, name, when (the venue's time and zone), where, price. */
export default async function SessionShareImage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const broker = getBrokerConfig();
  const [tAll, lang] = await Promise.all([getTranslations(), getLocale()]);
  const words = { t: tAll as unknown as Words, locale: intlLocale(lang) };
  const detail = await getPublicSessionDetail(sessionId).catch(() => null);
  const facts = detail
    ? {
        title: clip(detail.name, 70),
        when: formatDateTimeRange(detail.startDate, detail.endDate, undefined, words.locale),
        venue: detail.venue?.name
          ? clip([detail.venue.name, detail.venue.postalAddress?.addressLocality].filter(Boolean).join(", "), 70)
          : undefined,
        price: priceFrom(detail.offers, words) || undefined,
      }
    : undefined;
  return new ImageResponse(
    <ShareCard broker={broker} facts={facts} fallbackTitle={words.t("session.share.fallback", { broker: broker.name })} />,
    {
      ...SHARE_CARD_SIZE,
      // Shared links are fetched again by each app that previews them: keep it briefly, as the page's read is kept.
      headers: { "cache-control": "public, max-age=300", vary: "Accept-Language, Cookie" },
    },
  );
}
