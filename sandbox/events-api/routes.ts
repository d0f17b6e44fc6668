import type { Context, Hono } from "hono";
import type { SandboxContext } from "../context";
import { decodeEntitlementFilter } from "../booking/entitlement-filter";
import { invalidRequest, notFound } from "../http/errors";
import type { SessionRecord } from "../store/types";
import { compactQuery, describeIssue, placesQuery, searchQuery, DEFAULT_LIMIT } from "./query";
import {
  bookability,
  eventSeriesUrl,
  renderActivity,
  renderAggregateOffer,
  renderEventSeries,
  renderOffers,
  renderOrganizer,
  renderPlace,
  renderScheduledSession,
  type EventsUrls,
  type HeldEntitlement,
} from "./render";
import { SEARCH_WINDOW_MS, searchEventSeries } from "./search";
import { distanceKm, searchIndex } from "./search-index";
import { z } from "zod";

const CONTEXT = ["https://openactive.io/", "https://imin.co/"];

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

function heldEntitlements(c: Context, token: string | undefined): Map<string, HeldEntitlement> | Response {
  const held = new Map<string, HeldEntitlement>();
  if (!token) return held;
  const grants = decodeEntitlementFilter(token);
  if (!grants) {
    return invalidRequest(
      c,
      "entitlementFilter is not a valid token: pass the imin:entitlementFilter value of the customer's linked-accounts collection unchanged.",
    );
  }
  for (const g of grants) held.set(g.sellerId, { sellerId: g.sellerId, entitlementId: g.entitlementId });
  return held;
}

const byIdQuery = z.object({ entitlementFilter: z.string().trim().min(1).max(4000).optional() });

export function registerEvents(app: Hono, ctx: SandboxContext): void {
  const urls = (): EventsUrls => ({ events: ctx.urls.events, public: ctx.urls.public });

  app.get("/events-api/v2/event-series", (c) => {
    const parsed = searchQuery.safeParse(compactQuery(c.req.query()));
    if (!parsed.success) return invalidRequest(c, `Invalid query: ${describeIssue(parsed.error).message}.`);
    const held = heldEntitlements(c, parsed.data.entitlementFilter);
    if (held instanceof Response) return held;
    const body = searchEventSeries({
      store: ctx.store,
      query: parsed.data,
      nowMs: ctx.clock.now().getTime(),
      urls: urls(),
      requestUrl: new URL(c.req.url),
      held,
    });
    return jsonResponse(body);
  });

  app.get("/events-api/v2/event-series/:id", (c) => {
    const parsed = byIdQuery.safeParse(compactQuery(c.req.query()));
    if (!parsed.success) return invalidRequest(c, `Invalid query: ${describeIssue(parsed.error).message}.`);
    const held = heldEntitlements(c, parsed.data.entitlementFilter);
    if (held instanceof Response) return held;
    const id = c.req.param("id");
    const series = ctx.store.seriesById(id) ?? ctx.store.seriesById(decodeURIComponent(id));
    if (!series) return notFound(c, `No EventSeries with id ${id}.`);
    const nowMs = ctx.clock.now().getTime();
    const rows = searchIndex(ctx.store).rowsBySeries.get(series.id) ?? [];
    // By-ID shows the sessions still to come in the searchable window (ended ones are archived).
    let anyBookable = false;
    const sessions = rows
      .filter((r) => r.endMs > nowMs && r.startMs <= nowMs + SEARCH_WINDOW_MS)
      .map((r) => {
        const session = ctx.store.sessions.get(r.sessionId)!;
        if (bookability(session, series, nowMs).bookable) anyBookable = true;
        return renderScheduledSession(urls(), session, series, nowMs);
      });
    const first = rows[0];
    const parts = first ?? {
      series,
      venue: ctx.store.venueOf(series),
      seller: ctx.store.sellerOf(series),
      activities: ctx.store.activitiesOf(series),
    };
    return jsonResponse({
      "@context": CONTEXT,
      ...renderEventSeries(urls(), parts, {
        sessions,
        anyBookable,
        held: held.get(series.sellerId),
        withOffers: true,
      }),
    });
  });

  app.get("/events-api/v2/scheduled-sessions/:id", (c) => {
    const parsed = byIdQuery.safeParse(compactQuery(c.req.query()));
    if (!parsed.success) return invalidRequest(c, `Invalid query: ${describeIssue(parsed.error).message}.`);
    const held = heldEntitlements(c, parsed.data.entitlementFilter);
    if (held instanceof Response) return held;
    const raw = c.req.param("id");
    const session = findSession(ctx, raw);
    const nowMs = ctx.clock.now().getTime();
    if (!session) return notFound(c, `No ScheduledSession with id ${raw}.`);
    if (Date.parse(session.endDate) <= nowMs) {
      return notFound(c, `ScheduledSession ${raw} has ended and is archived.`);
    }
    const series = ctx.store.seriesOf(session);
    const venue = ctx.store.venueOf(series);
    const seller = ctx.store.sellerOf(series);
    const activity = ctx.store.activitiesOf(series).map(renderActivity);
    const organizer = renderOrganizer(urls(), seller);
    const bookable = bookability(session, series, nowMs).bookable;
    const sellerHeld = held.get(series.sellerId);
    return jsonResponse({
      "@context": CONTEXT,
      ...renderScheduledSession(urls(), session, series, nowMs),
      superEvent: {
        type: "SessionSeries",
        identifier: series.sessionSeriesId,
        name: series.name,
        description: series.description,
        activity,
        organizer,
        location: renderPlace(venue),
        ageRange:
          series.ageMin === undefined && series.ageMax === undefined
            ? undefined
            : { type: "QuantitativeValue", minValue: series.ageMin, maxValue: series.ageMax },
        "imin:aggregateOffer": renderAggregateOffer(series, bookable, sellerHeld),
        offers: renderOffers(series, sellerHeld),
        superEvent: {
          type: "EventSeries",
          id: eventSeriesUrl(urls(), series),
          identifier: series.id,
          name: series.name,
          activity,
          organizer,
        },
      },
    });
  });

  app.get("/events-api/v2/places", (c) => {
    const parsed = placesQuery.safeParse(compactQuery(c.req.query()));
    if (!parsed.success) return invalidRequest(c, `Invalid query: ${describeIssue(parsed.error).message}.`);
    const q = parsed.data;
    const geo = q["geo[radial]"];
    const nowMs = ctx.clock.now().getTime();
    const index = searchIndex(ctx.store);
    const counts = new Map<string, number>();
    for (const row of index.rows) {
      if (row.startMs <= nowMs || row.startMs > nowMs + SEARCH_WINDOW_MS) continue;
      if (ctx.store.sessions.get(row.sessionId)?.cancelledMessage) continue;
      counts.set(row.venue.id, (counts.get(row.venue.id) ?? 0) + 1);
    }
    let venues = index.venues.map((venue) => ({
      venue,
      distance: geo ? distanceKm(geo.latitude, geo.longitude, venue.latitude, venue.longitude) : undefined,
    }));
    if (geo) venues = venues.filter((v) => v.distance! <= geo.radiusKm).sort((a, b) => a.distance! - b.distance!);
    else venues.sort((a, b) => a.venue.name.trim().localeCompare(b.venue.name.trim()));
    const limit = q.limit ?? DEFAULT_LIMIT;
    const page = q.page ?? 1;
    const totalPages = Math.ceil(venues.length / limit);
    const requestUrl = new URL(c.req.url);
    const at = (p: number | string) => {
      const params = new URLSearchParams(requestUrl.search);
      params.set("page", String(p));
      params.set("limit", String(limit));
      return `${ctx.urls.events}/places?${params.toString().replace("%7Bpage%7D", "{page}")}`;
    };
    const items = venues.slice((page - 1) * limit, page * limit).map(({ venue, distance }) => {
      const count = counts.get(venue.id) ?? 0;
      const eventsLink = new URLSearchParams({
        mode: "upcoming-sessions",
        "geo[radial]": `${venue.latitude},${venue.longitude},0.05`,
      });
      return {
        ...renderPlace(venue, distance),
        "imin:eventCount": count,
        "imin:event": {
          type: "imin:RestrictedCollection",
          id: `${ctx.urls.events}/event-series?${eventsLink.toString()}&iminTag=HighFrequencySession`,
          "imin:totalItems": count,
        },
      };
    });
    return jsonResponse({
      "@context": CONTEXT,
      type: "imin:RestrictedCollection",
      id: at(page),
      "imin:totalItems": venues.length,
      view: {
        type: "PartialCollectionView",
        id: at(page),
        first: at(1),
        last: at(Math.max(1, totalPages)),
        next: page < totalPages ? at(page + 1) : undefined,
        previous: page > 1 ? at(page - 1) : undefined,
        urlTemplate: at("{page}"),
        "imin:currentPage": page,
        "imin:itemsPerPage": limit,
        "imin:totalPages": totalPages,
      },
      "imin:item": items,
    });
  });
}

/** By the short sandbox id, or by the feed identifier (URL-encoded in the path). */
export function findSession(ctx: SandboxContext, raw: string): SessionRecord | undefined {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // keep the raw value
  }
  return (
    ctx.store.sessionById(raw) ??
    ctx.store.sessionById(decoded) ??
    ctx.store.sessionByIdentifier(decoded) ??
    ctx.store.sessionByIdentifier(raw)
  );
}
