import type { Context } from "hono";
import { z } from "zod";
import { invalidRequest } from "../http/errors";
import type { Parsed } from "../http/validate";

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;

export const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

export const isoInstant = (name: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && Number.isFinite(Date.parse(v)),
      `${name} must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T09:00:00Z`,
    )
    .transform((v) => Date.parse(v));

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

/** Hono gives every parameter as a string; an empty value counts as absent. */
function compactQuery(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v.trim() !== "") out[k] = v;
  return out;
}

/** The first problem, phrased so that it names the parameter. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const parameter = String(issue.path[0] ?? "query");
  return issue.message.includes(parameter) ? issue.message : `${parameter}: ${issue.message}`;
}

/** Validates a search's query string; a failure answers 400 naming the first bad parameter. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): Parsed<z.output<S>> {
  const parsed = schema.safeParse(compactQuery(c.req.query()));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: invalidRequest(c, `Invalid query: ${describeIssue(parsed.error)}.`) };
}
