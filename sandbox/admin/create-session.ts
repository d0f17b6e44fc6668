import { z } from "zod";
import type { SandboxContext } from "../context";
import { ACTIVITY_SEEDS, activityId } from "../seed/activities";
import { domainOf, nextNumber, seriesRecord, sessionRecord } from "../seed/records";
import type { OfferRecord } from "../store/types";

const HOUR = 3_600_000;

const offerInput = z.object({
  name: z.string().trim().min(1).max(100),
  pricePence: z.number().int().min(0).max(1_000_000),
  ageMin: z.number().int().min(0).max(120).optional(),
  ageMax: z.number().int().min(0).max(120).optional(),
  membershipRequired: z.boolean().default(false),
  /** Minutes before the start until which a booking may be cancelled; absent = never. */
  cancellationWindowMinutes: z.number().int().min(0).max(100_000).optional(),
  entitlementPricePence: z.number().int().min(0).max(1_000_000).optional(),
  /** The public price summarised in search results; by default the first offer open to everyone is the adult one. */
  aggregateRole: z.enum(["publicAdult", "publicJunior"]).optional(),
});

export const createSessionBody = z
  .object({
    seller: z.string().min(1).max(500),
    name: z.string().trim().min(1).max(200).default("Sandbox Session"),
    activity: z
      .string()
      .refine((label) => ACTIVITY_SEEDS.some((a) => a.label === label), "activity must be a seeded activity label")
      .default("Yoga"),
    /** Start time; by default two days after the sandbox clock's current hour. */
    startDate: z.iso.datetime({ offset: true }).optional(),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    capacity: z.number().int().min(0).max(10_000).default(20),
    remaining: z.number().int().min(0).max(10_000).optional(),
    offers: z.array(offerInput).min(1).max(10),
    /**
     * The `imin:dataSource` its SessionSeries names; by default the seller's dataset. Any identifier
     * is taken, one missing from the Attribution Catalog too (as a feed imin has not catalogued yet).
     */
    dataSource: z
      .object({
        identifier: z.string().trim().min(1).max(200),
        name: z.string().trim().min(1).max(200).optional(),
        publisherName: z.string().trim().min(1).max(200).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CreateSessionInput = z.output<typeof createSessionBody>;

/**
 * A new series with one session at the seller's first venue, exactly as described: specs and
 * benchmarks choose the data they test instead of relying on what the seed put on today's date.
 */
export function createSession(ctx: SandboxContext, input: CreateSessionInput) {
  const { store } = ctx;
  const seller = store.sellerBySlug(input.seller) ?? store.sellerById(input.seller);
  if (!seller) return undefined;
  const venue = [...store.venues.values()].find((v) => v.sellerId === seller.id);
  if (!venue) return undefined;

  const num = nextNumber(store.series.keys());
  const base = `https://opendata.${domainOf(seller)}/api/offers/${num}`;
  const defaultAdult = input.offers.some((o) => o.aggregateRole) ? -1 : input.offers.findIndex((o) => !o.membershipRequired);
  const offers: OfferRecord[] = input.offers.map((o, i) => ({
    ...o,
    id: `${base}/${i + 1}`,
    identifier: `${num}-${i + 1}`,
    currency: "GBP",
    aggregateRole: o.aggregateRole ?? (i === defaultAdult ? "publicAdult" : undefined),
  }));
  const series = seriesRecord(num, venue, {
    name: input.name,
    description: `${input.activity} at ${venue.name}.`,
    activityIds: [activityId(input.activity)],
    offers,
  });
  series.dataSource = input.dataSource ?? seller.dataSource;
  store.putSeries(series);

  const start = input.startDate ? Date.parse(input.startDate) : Math.floor(ctx.clock.now().getTime() / HOUR) * HOUR + 48 * HOUR;
  const session = sessionRecord(seller, series.id, String(nextNumber(store.sessions.keys())), start, input.durationMinutes, {
    capacity: input.capacity,
    remaining: Math.min(input.remaining ?? input.capacity, input.capacity),
  });
  store.putSession(session);
  return { series, session };
}
