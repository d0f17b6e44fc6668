import { z } from "zod";
import { geoRadial, isoInstant, MAX_LIMIT, wholeNumber } from "../search-common/query";

/** Search modes imin documents; the discovery modes group sessions by series and never return HF sessions. */
const MODES = ["upcoming-sessions", "discovery-geo", "discovery-price-asc", "discovery-price-desc"] as const;

const hhmm = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${name} must be a time of day as HH:MM (24-hour, Europe/London)`)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

const limit = z
  .string()
  .trim()
  .regex(/^\d+$/, "limit must be a whole number")
  .transform(Number)
  .refine((n) => n >= 1, "limit must be at least 1")
  .refine((n) => n <= MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`);

export const searchQuery = z
  .object({
    mode: z.enum(MODES, { message: `mode is required and must be one of ${MODES.join(", ")}` }),
    "geo[radial]": geoRadial.optional(),
    limit: limit.optional(),
    page: wholeNumber("page", 1, 100_000).optional(),
    "startDate[gte]": isoInstant("startDate[gte]").optional(),
    "startDate[lte]": isoInstant("startDate[lte]").optional(),
    "startTime[gte]": hhmm("startTime[gte]").optional(),
    "startTime[lte]": hhmm("startTime[lte]").optional(),
    activityPrefLabel: z.string().trim().min(1, "activityPrefLabel must not be empty").max(200).optional(),
    activityId: z.string().trim().min(1, "activityId must not be empty").max(500).optional(),
    "ageRangeMin[gte]": wholeNumber("ageRangeMin[gte]", 0, 150).optional(),
    "ageRangeMax[lte]": wholeNumber("ageRangeMax[lte]", 0, 150).optional(),
    iminTag: z.literal("HighFrequencySession", { message: "iminTag must be HighFrequencySession" }).optional(),
    "iminTag[not]": z.literal("HighFrequencySession", { message: "iminTag[not] must be HighFrequencySession" }).optional(),
    entitlementFilter: z.string().trim().min(1, "entitlementFilter must not be empty").max(4000).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.mode === "discovery-geo" && !q["geo[radial]"]) {
      ctx.addIssue({ code: "custom", path: ["geo[radial]"], message: "geo[radial] is required with mode=discovery-geo" });
    }
    if (q.iminTag && q["iminTag[not]"]) {
      ctx.addIssue({ code: "custom", path: ["iminTag"], message: "iminTag and iminTag[not] cannot both be given" });
    }
  });
export type SearchQuery = z.output<typeof searchQuery>;

export const placesQuery = z.object({
  "geo[radial]": geoRadial.optional(),
  limit: limit.optional(),
  page: wholeNumber("page", 1, 100_000).optional(),
});
