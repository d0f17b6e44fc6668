import { z } from "zod";

/** Search modes imin documents; the discovery modes group sessions by series and never return HF sessions. */
const MODES = ["upcoming-sessions", "discovery-geo", "discovery-price-asc", "discovery-price-desc"] as const;

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const isoInstant = (name: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && Number.isFinite(Date.parse(v)),
      `${name} must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T09:00:00Z`,
    )
    .transform((v) => Date.parse(v));

const hhmm = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${name} must be a time of day as HH:MM (24-hour, Europe/London)`)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

export const geoRadial = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const parts = v.split(",").map((p) => p.trim());
    const nums = parts.map(Number);
    if (parts.length !== 3 || parts.some((p) => p === "") || nums.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "geo[radial] must be latitude,longitude,radiusKm e.g. 51.5,-0.12,10" });
      return z.NEVER;
    }
    const [latitude, longitude, radiusKm] = nums as [number, number, number];
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      ctx.addIssue({ code: "custom", message: "geo[radial] latitude must be within ±90 and longitude within ±180" });
      return z.NEVER;
    }
    if (radiusKm < 0 || radiusKm > 1000) {
      ctx.addIssue({ code: "custom", message: "geo[radial] radius must be between 0 and 1000 km" });
      return z.NEVER;
    }
    return { latitude, longitude, radiusKm };
  });

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
    page: int("page", 1, 100_000).optional(),
    "startDate[gte]": isoInstant("startDate[gte]").optional(),
    "startDate[lte]": isoInstant("startDate[lte]").optional(),
    "startTime[gte]": hhmm("startTime[gte]").optional(),
    "startTime[lte]": hhmm("startTime[lte]").optional(),
    activityPrefLabel: z.string().trim().min(1, "activityPrefLabel must not be empty").max(200).optional(),
    activityId: z.string().trim().min(1, "activityId must not be empty").max(500).optional(),
    "ageRangeMin[gte]": int("ageRangeMin[gte]", 0, 150).optional(),
    "ageRangeMax[lte]": int("ageRangeMax[lte]", 0, 150).optional(),
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
  page: int("page", 1, 100_000).optional(),
});

/** Hono gives every parameter as a string; an empty value counts as absent. */
export function compactQuery(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v.trim() !== "") out[k] = v;
  return out;
}

/** The first problem, phrased so that it names the parameter. */
export function describeIssue(error: z.ZodError): { parameter: string; message: string } {
  const issue = error.issues[0]!;
  const parameter = String(issue.path[0] ?? "query");
  const message = issue.message.includes(parameter) ? issue.message : `${parameter}: ${issue.message}`;
  return { parameter, message };
}
