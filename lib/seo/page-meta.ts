import type { Metadata } from "next";
import { formatDateTimeRange, formatListDateTime, formatPrice } from "@/lib/format";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import type { OfferView } from "@/lib/imin/offer-view";
import type { SlotDetail } from "@/lib/imin/slot-mapping";

/**
 * The head of the public session and slot pages: title, description, canonical URL, Open Graph and
 * Twitter card (the image comes from the route's opengraph-image, inherited by the card). Built
 * from the public read only. Pure.
 */

const DESCRIPTION_MAX = 200;

export const sessionPath = (sessionId: string) => `/book/${encodeURIComponent(sessionId)}`;
export const slotPath = (slotId: string) => `/book/slot/${encodeURIComponent(slotId)}`;

/** "From £4.50", "£6.50", "Free"; empty when no price is known. */
export function priceFrom(offers: OfferView[]): string {
  const known = offers.filter((o) => o.price !== undefined && Number.isFinite(o.price)).sort((a, b) => a.price! - b.price!);
  const cheapest = known[0];
  if (!cheapest) return "";
  const text = formatPrice(cheapest.price, cheapest.currency);
  return new Set(known.map((o) => o.price)).size > 1 ? `From ${text}` : text;
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
export function sessionTitle(detail: SessionDetail): string {
  return `${detail.name}, ${formatListDateTime(detail.startDate)}`;
}

export function sessionDescription(detail: SessionDetail): string {
  const place = where(detail.venue);
  const what = detail.activity && detail.activity !== detail.name ? `${detail.name} (${detail.activity})` : detail.name;
  return clip(
    [
      sentence(`${what}${place ? ` at ${place}` : ""}: ${formatDateTimeRange(detail.startDate, detail.endDate)}`),
      sentence(priceFrom(detail.offers)),
      detail.seller?.name ? sentence(`Run by ${detail.seller.name}`) : undefined,
      sentence(detail.description?.trim()),
    ]
      .filter(Boolean)
      .join(" "),
  );
}

export function slotTitle(slot: SlotDetail): string {
  return `${slot.facilityName}${slot.court ? `, ${slot.court}` : ""}, ${formatListDateTime(slot.startDate)}`;
}

export function slotDescription(slot: SlotDetail): string {
  const place = where(slot.venue);
  const what = slot.activity && slot.activity !== slot.facilityName ? `${slot.activity}: ${slot.facilityName}` : slot.facilityName;
  return clip(
    [
      sentence(`Book ${what}${place ? ` at ${place}` : ""}, ${formatDateTimeRange(slot.startDate, slot.endDate)}`),
      sentence(priceFrom(slot.offers)),
      slot.seller?.name ? sentence(`Provided by ${slot.seller.name}`) : undefined,
    ]
      .filter(Boolean)
      .join(" "),
  );
}

export interface SharedPage {
  title: string;
  description: string;
  /** The portal's public origin (PORTAL_URL). */
  origin: string;
  path: string;
  siteName: string;
}

/** Indexable, with its canonical URL on the public origin, and the share card's words. */
export function sharedPageMetadata(page: SharedPage): Metadata {
  const canonical = new URL(page.path, `${page.origin}/`).toString();
  return {
    title: page.title,
    description: page.description,
    metadataBase: new URL(`${page.origin}/`),
    alternates: { canonical },
    // The portal's pages are noindex by default (app/layout.tsx); these are the public ones.
    robots: { index: true, follow: true },
    openGraph: {
      type: "website",
      url: canonical,
      title: page.title,
      description: page.description,
      siteName: page.siteName,
      locale: "en_GB",
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description },
  };
}
