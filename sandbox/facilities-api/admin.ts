import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { readQuery } from "../search-common/query";
import { londonDayKey, londonDayStartMs, nextDayKey } from "./london-day";
import { facilitiesUrls, slotsBetween } from "./routes";
import { slotUrl } from "./render";
import { availability, isBookable, SEARCH_WINDOW_MS, slotOffers } from "./slots";

const query = z.object({
  activity: z.string().trim().min(1).max(100).optional(),
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD (a Europe/London day)")
    .optional(),
  state: z.enum(["free", "full", "members-only", "not-bookable"]).optional(),
  price: z.enum(["free", "paid"]).optional(),
  courts: z.enum(["individual", "shared"]).optional(),
  limit: z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 200, "limit must be 1 to 200")
    .optional(),
});

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

/**
 * Test data by API: slots in the search window matching an activity, day and state, so tests never
 * depend on what today's seed happens to hold.
 */
export function registerFacilitiesAdmin(app: Hono, ctx: SandboxContext): void {
  app.get("/admin/facility-slots", (c) => {
    const parsed = readQuery(c, query);
    if (!parsed.ok) return parsed.response;
    const q = parsed.data;
    const nowMs = ctx.clock.now().getTime();
    const from = q.date ? Math.max(nowMs, londonDayStartMs(q.date) - 1) : nowMs;
    const to = q.date ? Math.min(nowMs + SEARCH_WINDOW_MS, londonDayStartMs(nextDayKey(q.date)) - 1) : nowMs + SEARCH_WINDOW_MS;
    const urls = facilitiesUrls(ctx);
    const out: unknown[] = [];
    for (const slot of from < to ? slotsBetween(ctx, undefined, from, to) : []) {
      const fu = slot.facilityUse;
      const label = ctx.store.activities.get(fu.activityId)?.prefLabel ?? "";
      if (q.activity && norm(label) !== norm(q.activity)) continue;
      if (q.courts && (q.courts === "individual") !== fu.individual) continue;
      const offers = slotOffers(slot);
      const free = offers.every((o) => o.pricePence === 0);
      if (q.price && (q.price === "free") !== free) continue;
      const avail = availability(ctx.store, slot);
      const bookable = isBookable(slot, avail, nowMs);
      const state = !fu.bookable ? "not-bookable" : avail.remainingUses === 0 ? "full" : slot.membersOnly ? "members-only" : "free";
      if (q.state && q.state !== state) continue;
      out.push({
        id: slotUrl(urls, slot),
        identifier: slot.identifier,
        facilityUse: `${urls.facilities}/facility-uses/${fu.id}`,
        activity: label,
        venueId: fu.venueId,
        sellerId: fu.sellerId,
        court: slot.court?.name,
        day: londonDayKey(slot.startMs),
        startDate: new Date(slot.startMs).toISOString(),
        state,
        bookable,
        remainingUses: avail.remainingUses,
        maximumUses: avail.maximumUses,
        offers: offers.map((o) => ({ id: o.id, name: o.name, pricePence: o.pricePence, membershipRequired: o.membershipRequired })),
      });
      if (out.length >= (q.limit ?? 50)) break;
    }
    return c.json({ slots: out });
  });
}
