import "server-only";
import { sessionRouteId } from "./event-mapping";
import { IminError } from "./errors";
import { iminRequest } from "./http";
import { eventSeries } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far ahead "Book again" looks. */
export const BOOK_AGAIN_DAYS = 14;

/**
 * The next session of an event series at the same venue that starts within the next 14 days and
 * is not cancelled (one Events API By-ID call): its route id, or null when there is none.
 */
export async function nextSessionOfSeries(
  again: { seriesId: string; venueId?: string; venueName?: string },
  now = Date.now(),
): Promise<{ sessionId: string; startDate: string } | null> {
  let payload: Awaited<ReturnType<typeof fetchSeries>>;
  try {
    payload = await fetchSeries(again.seriesId);
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
  const until = now + BOOK_AGAIN_DAYS * DAY_MS;
  const sameVenue = payload.subEvent.filter((ss) => {
    const place = ss.location;
    if (!place) return true;
    if (again.venueId && place.identifier) return place.identifier === again.venueId;
    if (again.venueName && place.name) return place.name.trim() === again.venueName;
    return true;
  });
  const candidates = sameVenue
    .flatMap((ss) => ss.subEvent)
    .filter((s) => !/EventCancelled$/.test(s.eventStatus ?? ""))
    .map((s) => ({ s, start: Date.parse(s.startDate) }))
    .filter(({ start }) => start > now && start <= until)
    .sort((a, b) => a.start - b.start);
  for (const { s } of candidates) {
    const sessionId = sessionRouteId(s);
    if (sessionId) return { sessionId, startDate: s.startDate };
  }
  return null;
}

function fetchSeries(seriesId: string) {
  return iminRequest({ service: "events", path: `event-series/${encodeURIComponent(seriesId)}`, schema: eventSeries });
}
