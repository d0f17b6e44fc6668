import type { Metadata, ResolvingMetadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { Words } from "@/lib/book/offer-words";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import { isCancelled, jsonLdText, sessionEventJsonLd } from "@/lib/seo/event-json-ld";
import { languageAlternates } from "@/lib/i18n/alternates";
import { intlLocale } from "@/lib/i18n/locales";
import { type PageWords, sessionDescription, sessionPath, sessionTitle, shareImages, sharedPageMetadata } from "@/lib/seo/page-meta";
import { getPublicSessionDetail } from "../data";

/**
 * What the session page tells search engines and link previews: its head (generateMetadata) and
 * the schema.org Event in its body. Both come from the public read, the one the visitor page
 * renders from (shared across visitors, and within a request through React cache()).
 */

type Params = Promise<{ sessionId: string }>;

/** The session is gone for good: cancelled by the organiser (imin no longer knowing it is the other case). */
export const sessionGone = (detail: SessionDetail) => isCancelled(detail.eventStatus);

const canonicalOf = (sessionId: string) => new URL(sessionPath(sessionId), `${getEnv().PORTAL_URL}/`).toString();

/** The head's words in the page's language. */
async function headWords(): Promise<PageWords & { lang: string }> {
  const [t, lang] = await Promise.all([getTranslations(), getLocale()]);
  return { t: t as unknown as Words, locale: intlLocale(lang), lang };
}

export async function generateMetadata({ params }: { params: Params }, parent: ResolvingMetadata): Promise<Metadata> {
  const [{ sessionId }, h, words] = await Promise.all([params, headers(), headWords()]);
  // A prefetch asks for the head alone (Next.js fetches every route's head in full): it asks imin nothing.
  if (h.get("next-router-prefetch") === "1") return { title: words.t("session.title") };
  const detail = await getPublicSessionDetail(sessionId).catch(() => null);
  if (!detail || sessionGone(detail)) return { title: words.t("session.goneTitle") };
  const broker = getBrokerConfig();
  const path = sessionPath(detail.sessionId || sessionId);
  const { openGraph } = await parent;
  return sharedPageMetadata({
    title: sessionTitle(detail, words),
    description: sessionDescription(detail, words),
    origin: getEnv().PORTAL_URL,
    path,
    siteName: broker.name,
    locale: words.lang,
    languages: languageAlternates(broker, path),
    // The share image's words in the visitor's language (its URL as the route's file makes it).
    images: shareImages(openGraph, words.t("session.share.alt")),
  });
}

/** The Event JSON-LD: a data block, never run (the CSP's nonce is on it all the same). */
export async function SessionJsonLd({ sessionId, detail }: { sessionId: string; detail: SessionDetail }) {
  const [h, words] = await Promise.all([headers(), headWords()]);
  const nonce = h.get("x-nonce") ?? undefined;
  const url = canonicalOf(detail.sessionId || sessionId);
  const data = sessionEventJsonLd(detail, { url, fallbackDescription: sessionDescription(detail, words) });
  if (!data) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; jsonLdText escapes `<`, `>` and `&`.
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
