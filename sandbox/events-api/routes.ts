import type { Context, Hono } from "hono";
import type { SandboxContext } from "../context";
import { decodeEntitlementFilter } from "../booking/entitlement-filter";
import { renderDataSource } from "../firehose/render";
import { invalidRequest, notFound } from "../http/errors";
import type { SessionRecord } from "../store/types";
import { jsonResponse } from "../http/json";
import { pageItems, pageLinkOf, paging, restrictedCollection } from "../search-common/collection";
import { distanceKm } from "../search-common/geo";
import { readQuery } from "../search-common/query";
import { placesQuery, searchQuery } from "./query";
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
import { searchIndex } from "./search-index";
import { z } from "zod";

const CONTEXT = ["https://openactive.io/", "https://imin.co/"];

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

/** A By-ID request's only parameter, `entitlementFilter`, read as the entitlements it grants. */
function byIdEntitlements(c: Context): Map<string, HeldEntitlement> | Response {
  const parsed = readQuery(c, byIdQuery);
  return parsed.ok ? heldEntitlements(c, parsed.data.entitlementFilter) : parsed.response;
}

export function registerEvents(app: Hono, ctx: SandboxContext): void {
  const urls = (): EventsUrls => ({ events: ctx.urls.events, public: ctx.urls.public });

  app.get("/events-api/v2/event-series", (c) => {
    const parsed = readQuery(c, searchQuery);
    if (!parsed.ok) return parsed.response;
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
    const held = byIdEntitlements(c);
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
    const held = byIdEntitlements(c);
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
        "imin:dataSource": renderDataSource(series.dataSource ?? seller.dataSource),
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
    const parsed = readQuery(c, placesQuery);
    if (!parsed.ok) return parsed.response;
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
    const { page, limit } = paging(q);
    // Places links name `page` before `limit`.
    const search = new URLSearchParams(new URL(c.req.url).search);
    search.set("page", String(page));
    const items = pageItems(venues, page, limit).map(({ venue, distance }) => {
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
    return jsonResponse(
      restrictedCollection({
        context: CONTEXT,
        link: pageLinkOf(`${ctx.urls.events}/places`, search, limit),
        page,
        limit,
        total: venues.length,
        // Unlike a search's, the previous page of one past the end is the page before it.
        previous: page - 1,
        items,
      }),
    );
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
