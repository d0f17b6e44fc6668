import type { Hono } from "hono";
import type { SandboxContext } from "../context";
import { invalidRequest, notFound } from "../http/errors";
import { jsonResponse } from "../http/json";
import { readQuery } from "../search-common/query";
import { facilityCatalog } from "./catalog";
import { londonDayKey, nextDayKey } from "./london-day";
import { facilityUsesQuery } from "./query";
import { renderEvents, renderFacilityUseHead, renderSlotDetail, type FacilitiesUrls } from "./render";
import { searchFacilityUses } from "./search";
import { BY_ID_WINDOW_MS, SEARCH_WINDOW_MS, slotById, slotsOfDay } from "./slots";
import type { SlotRecord } from "./types";

const CONTEXT = ["https://openactive.io/", "https://imin.co/", "https://openactive.io/ns-beta"];

export function facilitiesUrls(ctx: SandboxContext): FacilitiesUrls {
  return { facilities: `${ctx.urls.public}/facilities-api/v2`, public: ctx.urls.public };
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** By-ID routes take no query parameters on imin ("cannot be used"): the sandbox refuses them. */
function refuseQuery(c: Parameters<typeof invalidRequest>[0]): Response | undefined {
  const names = Object.keys(c.req.queries());
  return names.length ? invalidRequest(c, `Invalid query: By-ID requests take no query parameters (got ${names.join(", ")}).`) : undefined;
}

/** Slots of one FacilityUse starting in (fromMs, toMs], earliest first. */
export function slotsBetween(ctx: SandboxContext, fuId: string | undefined, fromMs: number, toMs: number): SlotRecord[] {
  const out: SlotRecord[] = [];
  for (let day = londonDayKey(fromMs); ; day = nextDayKey(day)) {
    const all = slotsOfDay(ctx.store, day).all;
    for (const s of all) if ((!fuId || s.facilityUse.id === fuId) && s.startMs > fromMs && s.startMs <= toMs) out.push(s);
    if (day >= londonDayKey(toMs)) break;
  }
  return out;
}

export function registerFacilities(app: Hono, ctx: SandboxContext): void {
  app.get("/facilities-api/v2/facility-uses", (c) => {
    const parsed = readQuery(c, facilityUsesQuery);
    if (!parsed.ok) return parsed.response;
    return jsonResponse(searchFacilityUses(ctx.store, parsed.data, ctx.clock.now().getTime(), facilitiesUrls(ctx), new URL(c.req.url)));
  });

  app.get("/facilities-api/v2/facility-uses/:id", (c) => {
    const refused = refuseQuery(c);
    if (refused) return refused;
    const id = decoded(c.req.param("id"));
    const fu = facilityCatalog(ctx.store).byId.get(id);
    if (!fu) return notFound(c, `No FacilityUse with id ${id}.`);
    const nowMs = ctx.clock.now().getTime();
    const urls = facilitiesUrls(ctx);
    const slots = slotsBetween(ctx, fu.id, nowMs, nowMs + BY_ID_WINDOW_MS);
    return jsonResponse({
      "@context": CONTEXT,
      ...renderFacilityUseHead(ctx.store, urls, fu),
      event: renderEvents(ctx.store, urls, fu, slots, nowMs, true),
    });
  });

  app.get("/facilities-api/v2/slots/:id", (c) => {
    const refused = refuseQuery(c);
    if (refused) return refused;
    const id = decoded(c.req.param("id"));
    const slot = slotById(ctx.store, id);
    const nowMs = ctx.clock.now().getTime();
    if (!slot) return notFound(c, `No Slot with id ${id}.`);
    // Past slots are archived, and nothing beyond the 14-day window is published yet.
    if (slot.startMs <= nowMs) return notFound(c, `Slot ${id} has started and is archived.`);
    if (slot.startMs > nowMs + SEARCH_WINDOW_MS) return notFound(c, `No Slot with id ${id} is published yet.`);
    return jsonResponse({ "@context": CONTEXT, ...renderSlotDetail(ctx.store, facilitiesUrls(ctx), slot, nowMs) });
  });
}
