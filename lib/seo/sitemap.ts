import type { UpcomingSession } from "@/lib/imin/upcoming-sessions";
import { isCancelled } from "./event-json-ld";
import { sessionPath } from "./page-meta";

/**
 * The sitemap of upcoming session pages. Bounded: imin's 14-day window and at most
 * SITEMAP_MAX_URLS; rebuilt at most every SITEMAP_TTL_MS. A cancelled session or one that has
 * started is left out at the next rebuild (minutes, well within a day), and a session imin no longer
 * lists drops out with it.
 */

export const SITEMAP_DAYS = 14;
export const SITEMAP_MAX_URLS = 500;
export const SITEMAP_TTL_MS = 5 * 60_000;
/** The search radius around the broker's default location (imin's widest /book distance). */
export const SITEMAP_RADIUS_KM = 50;

export interface SitemapUrl {
  url: string;
}

export function sitemapUrls(sessions: UpcomingSession[], origin: string, nowMs: number): SitemapUrl[] {
  const seen = new Set<string>();
  const out: SitemapUrl[] = [];
  for (const s of [...sessions].sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate))) {
    const start = Date.parse(s.startDate);
    if (!Number.isFinite(start) || start <= nowMs || start > nowMs + SITEMAP_DAYS * 86_400_000) continue;
    if (isCancelled(s.eventStatus) || seen.has(s.sessionId)) continue;
    seen.add(s.sessionId);
    out.push({ url: new URL(sessionPath(s.sessionId), `${origin}/`).toString() });
    if (out.length >= SITEMAP_MAX_URLS) break;
  }
  return out;
}

type Kept<T> = { value: T; until: number };
const KEY = Symbol.for("imin-portal.sitemap-sessions");
type Holder = { [KEY]?: { kept?: Kept<UpcomingSession[]>; pending?: Promise<UpcomingSession[]> } };

/**
 * The upcoming sessions, read from imin at most once per SITEMAP_TTL_MS per process (concurrent
 * requests share one read). When imin fails, the last list is kept a little longer; with none, empty.
 */
export async function keptUpcomingSessions(load: () => Promise<UpcomingSession[]>, now = Date.now()): Promise<UpcomingSession[]> {
  const global = globalThis as Holder;
  global[KEY] ??= {};
  const holder = global[KEY];
  if (holder.kept && holder.kept.until > now) return holder.kept.value;
  holder.pending ??= load()
    .then((value) => {
      holder.kept = { value, until: now + SITEMAP_TTL_MS };
      return value;
    })
    .catch(() => {
      const stale = holder.kept?.value ?? [];
      holder.kept = { value: stale, until: now + SITEMAP_TTL_MS / 5 };
      return stale;
    })
    .finally(() => {
      holder.pending = undefined;
    });
  return holder.pending;
}
