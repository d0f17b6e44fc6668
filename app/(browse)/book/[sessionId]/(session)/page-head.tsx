import type { Metadata } from "next";
import { headers } from "next/headers";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import { isCancelled, jsonLdText, sessionEventJsonLd } from "@/lib/seo/event-json-ld";
import { sessionDescription, sessionPath, sessionTitle, sharedPageMetadata } from "@/lib/seo/page-meta";
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

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ sessionId }, h] = await Promise.all([params, headers()]);
  // A prefetch asks for the head alone (Next.js fetches every route's head in full): it asks imin nothing.
  if (h.get("next-router-prefetch") === "1") return { title: "Session details" };
  const detail = await getPublicSessionDetail(sessionId).catch(() => null);
  if (!detail || sessionGone(detail)) return { title: "Session no longer available" };
  return sharedPageMetadata({
    title: sessionTitle(detail),
    description: sessionDescription(detail),
    origin: getEnv().PORTAL_URL,
    path: sessionPath(detail.sessionId || sessionId),
    siteName: getBrokerConfig().name,
  });
}

/** The Event JSON-LD: a data block, never run (the CSP's nonce is on it all the same). */
export async function SessionJsonLd({ sessionId, detail }: { sessionId: string; detail: SessionDetail }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const url = canonicalOf(detail.sessionId || sessionId);
  const data = sessionEventJsonLd(detail, { url, fallbackDescription: sessionDescription(detail) });
  if (!data) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; jsonLdText escapes `<`, `>` and `&`.
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
