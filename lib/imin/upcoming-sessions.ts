import "server-only";
import { sessionRouteId } from "./event-mapping";
import type { SearchCentre } from "./event-query";
import { iminRequest } from "./http";
import { searchResultsCollection } from "./schemas";

/** One session of the upcoming timetable, as the sitemap needs it. */
export interface UpcomingSession {
  sessionId: string;
  startDate: string;
  endDate?: string;
  eventStatus?: string;
}

const PAGE_SIZE = 50;

/**
 * The sessions starting between now and `days` ahead within `km` of the centre, soonest first, at
 * most `max` (pages of 50 until imin has no more). The sitemap's one read of imin.
 */
export async function listUpcomingSessions(centre: SearchCentre, opts: { km: number; days: number; max: number; nowMs: number }) {
  const out: UpcomingSession[] = [];
  const query = {
    mode: "upcoming-sessions",
    "geo[radial]": `${centre.latitude},${centre.longitude},${opts.km}`,
    "startDate[gte]": new Date(opts.nowMs).toISOString().replace(/\.\d{3}Z$/, "Z"),
    "startDate[lte]": new Date(opts.nowMs + opts.days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    limit: String(PAGE_SIZE),
  };
  for (let page = 1; out.length < opts.max && page <= Math.ceil(opts.max / PAGE_SIZE); page++) {
    const payload = await iminRequest({
      service: "events",
      path: "event-series",
      query: { ...query, page: String(page) },
      schema: searchResultsCollection,
    });
    for (const es of payload["imin:item"]) {
      for (const ss of es.subEvent) {
        for (const s of ss.subEvent) {
          const sessionId = sessionRouteId(s);
          if (sessionId) out.push({ sessionId, startDate: s.startDate, endDate: s.endDate, eventStatus: s.eventStatus });
        }
      }
    }
    const totalPages = payload.view?.["imin:totalPages"];
    if (!payload.view?.next || payload["imin:item"].length === 0 || (totalPages !== undefined && page >= totalPages)) break;
  }
  return out.slice(0, opts.max);
}
