import { z } from "zod";
import { DISTANCES_KM } from "@/lib/book/search-state";

/**
 * The courts search ("Courts and pitches" tab of /book) as it lives in the URL. Pure: read by the
 * server page and written by links and the GET form. Anything malformed is treated as absent.
 */

/** The activities imin's facilities commonly carry; a different one in the URL is still searched. */
export const COURT_ACTIVITIES = ["Badminton", "Squash", "Tennis", "Table Tennis", "5-a-side", "Swimming"] as const;

/** Courts are sparser than classes: two wider distances than the classes search offers. */
export const COURT_DISTANCES_KM = [...DISTANCES_KM, 100, 250] as const;
const DEFAULT_KM = 10;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface CourtFilters {
  lat?: number;
  lng?: number;
  where?: string;
  km: number;
  activity?: string;
  /** The venue's calendar day, YYYY-MM-DD; absent = today at the venue. */
  day?: string;
  /** Venue wall-clock times, HH:MM: slots starting at or after `after` and before `before`. */
  after?: string;
  before?: string;
  page: number;
}

/** One optional value: a malformed one becomes undefined instead of failing the whole search. */
const opt = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

const first = (v: unknown) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

const params = z.object({
  at: opt(
    z
      .string()
      .transform((v) => v.split(",").map(Number))
      .refine((a) => a.length === 2 && a.every(Number.isFinite) && Math.abs(a[0]!) <= 90 && Math.abs(a[1]!) <= 180),
  ),
  where: opt(z.string().transform((v) => v.slice(0, 80))),
  km: z.coerce
    .number()
    .refine((n) => (COURT_DISTANCES_KM as readonly number[]).includes(n))
    .catch(DEFAULT_KM),
  activity: opt(z.string().transform((v) => v.replace(/\s+/g, " ").slice(0, 80))),
  day: opt(
    z
      .string()
      .regex(DAY)
      .refine((v) => Number.isFinite(Date.parse(v))),
  ),
  after: opt(z.string().regex(TIME)),
  before: opt(z.string().regex(TIME)),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseCourtParams(source: ParamSource): CourtFilters {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(params.shape)) {
    raw[key] = first(source instanceof URLSearchParams ? source.get(key) : source[key]);
  }
  // The venue picker (a plain GET form) sends `near=lat,lng|name`, as on the classes tab.
  const [nearAt, nearName] = (first(source instanceof URLSearchParams ? source.get("near") : source.near) ?? "").split("|");
  if (!raw.at && nearAt) {
    raw.at = nearAt;
    raw.where ??= nearName?.trim() || undefined;
  }
  const p = params.parse(raw);
  const [after, before] = p.after && p.before && p.after > p.before ? [p.before, p.after] : [p.after, p.before];
  return {
    lat: p.at?.[0],
    lng: p.at?.[1],
    where: p.at ? p.where : undefined,
    km: p.km,
    activity: p.activity || undefined,
    day: p.day,
    after,
    before: before === after ? undefined : before,
    page: p.page,
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The canonical `/book?tab=courts…` link (defaults left out, so equal searches have equal URLs). */
export function courtsHref(f: Partial<CourtFilters>, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ tab: "courts" });
  if (f.lat !== undefined && f.lng !== undefined) {
    p.set("at", `${round(f.lat)},${round(f.lng)}`);
    if (f.where) p.set("where", f.where);
  }
  if (f.km !== undefined && f.km !== DEFAULT_KM) p.set("km", String(f.km));
  if (f.activity) p.set("activity", f.activity);
  if (f.day) p.set("day", f.day);
  if (f.after) p.set("after", f.after);
  if (f.before) p.set("before", f.before);
  if (f.page && f.page > 1) p.set("page", String(f.page));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return `/book?${p.toString()}`;
}
