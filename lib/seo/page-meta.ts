import type { Metadata, ResolvedMetadata } from "next";
import { facilityText, type Words } from "@/lib/book/offer-words";
import { formatDateTimeRange, formatListDateTime, formatPrice } from "@/lib/format";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import type { OfferView } from "@/lib/imin/offer-view";
import type { SlotDetail } from "@/lib/imin/slot-mapping";

/**
 * The head of the public session and slot pages: title, description, canonical URL, Open Graph and
 * Twitter card (the image comes from the route's opengraph-image, inherited by the card). Built
 * from the public read only, in the page's language (`t`: a root translator, `locale`: its `Intl`
 * locale); imin's names stay as sent. Pure.
 * The card inherits the Open Graph image, its `alt` included (Next fills `twitter` from `openGraph`).
 */

/** The page's language: a root translator and its `Intl` locale ("en-GB", "cy-GB"). */
export interface PageWords {
  t: Words;
  locale: string;
}

const DESCRIPTION_MAX = 200;

export const sessionPath = (sessionId: string) => `/book/${encodeURIComponent(sessionId)}`;
export const slotPath = (slotId: string) => `/book/slot/${encodeURIComponent(slotId)}`;

/** "From £4.50", "£6.50", "Free"; empty when no price is known. */
export function priceFrom(offers: OfferView[], { t, locale }: PageWords): string {
  const known = offers.filter((o) => o.price !== undefined && Number.isFinite(o.price)).sort((a, b) => a.price! - b.price!);
  const cheapest = known[0];
  if (!cheapest) return "";
  const price = formatPrice(cheapest.price, cheapest.currency, locale);
  return t("session.bar.price", { kind: new Set(known.map((o) => o.price)).size > 1 ? "from" : "one", price });
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), DESCRIPTION_MAX / 2))}…`;
}

const sentence = (s: string | undefined) => (s ? (/[.!?…]$/.test(s) ? s : `${s}.`) : undefined);

function where(venue: { name?: string; postalAddress?: { addressLocality?: string } } | undefined): string | undefined {
  if (!venue?.name) return undefined;
  const locality = venue.postalAddress?.addressLocality;
  return locality && !venue.name.includes(locality) ? `${venue.name}, ${locality}` : venue.name;
}

/** "Bodypump, Wed 9 Dec, 18:00" (the venue's time; the description names the zone). */
export function sessionTitle(detail: SessionDetail, { locale }: PageWords): string {
  return `${detail.name}, ${formatListDateTime(detail.startDate, undefined, locale)}`;
}

export function sessionDescription(detail: SessionDetail, words: PageWords): string {
  const { t, locale } = words;
  const place = where(detail.venue);
  const what = detail.activity && detail.activity !== detail.name ? `${detail.name} (${detail.activity})` : detail.name;
  const when = formatDateTimeRange(detail.startDate, detail.endDate, undefined, locale);
  return clip(
    [
      sentence(place ? t("session.meta.whatAt", { what, place, when }) : t("session.meta.what", { what, when })),
      sentence(priceFrom(detail.offers, words)),
      detail.seller?.name ? sentence(t("session.meta.runBy", { seller: detail.seller.name })) : undefined,
      sentence(detail.description?.trim()),
    ]
      .filter(Boolean)
      .join(" "),
  );
}

export function slotTitle(slot: SlotDetail, { t, locale }: PageWords): string {
  return `${facilityText(t, slot)}${slot.court ? `, ${slot.court}` : ""}, ${formatListDateTime(slot.startDate, undefined, locale)}`;
}

export function slotDescription(slot: SlotDetail, words: PageWords): string {
  const { t, locale } = words;
  const place = where(slot.venue);
  const facility = facilityText(t, slot);
  const what = slot.activity && slot.activity !== facility ? `${slot.activity}: ${facility}` : facility;
  const when = formatDateTimeRange(slot.startDate, slot.endDate, undefined, locale);
  return clip(
    [
      sentence(place ? t("slot.meta.bookAt", { what, place, when }) : t("slot.meta.book", { what, when })),
      sentence(priceFrom(slot.offers, words)),
      slot.seller?.name ? sentence(t("slot.meta.providedBy", { seller: slot.seller.name })) : undefined,
    ]
      .filter(Boolean)
      .join(" "),
  );
}

interface ShareImage {
  url: string;
  alt: string;
  type?: string;
  width?: string | number;
  height?: string | number;
}

/** An Open Graph image as Next resolves one: a descriptor (its URL a string by then), or a bare URL. */
type ResolvedImage = string | URL | { url: string | URL; type?: string; width?: string | number; height?: string | number };

/**
 * The route's share image as Next resolved it for the page's segment (`(await parent).openGraph`:
 * the opengraph-image file's URL, with the build's hash in it, and its size) with `alt` in the
 * page's language. The file's `alt` export is one string for every visitor, and a page that sets
 * `openGraph.images` replaces the file's image, so the head hands the same image back with its own
 * words. Undefined when Next resolved none: the head then sets no images and the file's stays.
 */
export function shareImages(resolved: ResolvedMetadata["openGraph"] | undefined, alt: string): ShareImage[] | undefined {
  const images = (resolved?.images ?? []) as readonly ResolvedImage[];
  if (images.length === 0) return undefined;
  return images.map((image) => {
    if (typeof image === "string" || image instanceof URL) return { url: String(image), alt };
    const { url, type, width, height } = image;
    return { url: String(url), alt, type, width, height };
  });
}

export interface SharedPage {
  title: string;
  description: string;
  /** The portal's public origin (PORTAL_URL). */
  origin: string;
  path: string;
  siteName: string;
  /** The page's language ("en", "cy"), for Open Graph's `og:locale`. */
  locale?: string;
  /** The page's twin in each language (`languageAlternates`): setting `alternates` here replaces the layout's. */
  languages?: Record<string, string>;
  /** The share image with its words in the page's language (`shareImages`); absent, the route's file gives it. */
  images?: ShareImage[];
}

/** Indexable, with its canonical URL on the public origin, and the share card's words. */
export function sharedPageMetadata(page: SharedPage): Metadata {
  const canonical = new URL(page.path, `${page.origin}/`).toString();
  return {
    title: page.title,
    description: page.description,
    metadataBase: new URL(`${page.origin}/`),
    alternates: page.languages ? { canonical, languages: page.languages } : { canonical },
    // The portal's pages are noindex by default (app/layout.tsx); these are the public ones.
    robots: { index: true, follow: true },
    openGraph: {
      type: "website",
      url: canonical,
      title: page.title,
      description: page.description,
      siteName: page.siteName,
      locale: page.locale === "cy" ? "cy_GB" : "en_GB",
      // Only when given: `images: undefined` would still replace the route's opengraph-image.
      ...(page.images ? { images: page.images } : {}),
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description },
  };
}
