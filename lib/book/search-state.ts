/**
 * The /book search as it lives in the URL (shareable, and the back button works). Pure: used by the
 * server page, the JSON route and the client component alike.
 */

export const TIMES_OF_DAY = {
  morning: { label: "Morning (before 12:00)", from: "00:00", to: "11:59" },
  afternoon: { label: "Afternoon (12:00–16:59)", from: "12:00", to: "16:59" },
  evening: { label: "Evening (from 17:00)", from: "17:00", to: "23:59" },
} as const;
type TimeOfDay = keyof typeof TIMES_OF_DAY;

export const AGE_GROUPS = {
  junior: { label: "Children and juniors (up to 17)" },
  adult: { label: "Adults (18 and over)" },
} as const;
type AgeGroup = keyof typeof AGE_GROUPS;

export const DISTANCES_KM = [2, 5, 10, 25, 50] as const;
const DEFAULT_KM = 10;
const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface SearchFilters {
  /** The search centre; absent = the broker's default location. */
  lat?: number;
  lng?: number;
  /** What the centre is called ("Your location", a venue name). */
  where?: string;
  km: number;
  activity?: string;
  /** London calendar dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  time?: TimeOfDay;
  age?: AgeGroup;
  /** imin's high-frequency (swim and gym) timetable instead of classes and activities. */
  swimGym: boolean;
  page: number;
  /** Results a page (imin allows at most 50). */
  limit: number;
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function getter(source: ParamSource) {
  return (key: string): string | undefined => {
    const raw = source instanceof URLSearchParams ? source.get(key) : source[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
}

const isDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && Number.isFinite(Date.parse(v)) ? v : undefined);

/** Reads the URL leniently: anything malformed is treated as absent, never an error page. */
export function parseSearchParams(source: ParamSource): SearchFilters {
  const get = getter(source);
  // The picker (and a plain GET form without JavaScript) sends `near=lat,lng|name`.
  const [nearAt, nearName] = (get("near") ?? "").split("|");
  const at = (get("at") ?? (nearAt || undefined))?.split(",").map(Number);
  const hasAt = at?.length === 2 && at.every(Number.isFinite) && Math.abs(at[0]!) <= 90 && Math.abs(at[1]!) <= 180;
  const km = Number(get("km"));
  const page = Number(get("page"));
  const limit = Number(get("limit"));
  const time = get("time");
  const age = get("age");
  return {
    lat: hasAt ? at![0] : undefined,
    lng: hasAt ? at![1] : undefined,
    where: hasAt ? (get("where") ?? nearName?.trim())?.slice(0, 80) || undefined : undefined,
    km: (DISTANCES_KM as readonly number[]).includes(km) ? km : DEFAULT_KM,
    activity: get("activity")?.slice(0, 80),
    from: isDate(get("from")),
    to: isDate(get("to")),
    time: time && time in TIMES_OF_DAY ? (time as TimeOfDay) : undefined,
    age: age && age in AGE_GROUPS ? (age as AgeGroup) : undefined,
    swimGym: get("hf") === "1",
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
  };
}

/** The canonical query string (defaults left out, so equal searches have equal URLs). */
export function toSearchParams(f: SearchFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.lat !== undefined && f.lng !== undefined) {
    p.set("at", `${round(f.lat)},${round(f.lng)}`);
    if (f.where) p.set("where", f.where);
  }
  if (f.km !== DEFAULT_KM) p.set("km", String(f.km));
  if (f.activity) p.set("activity", f.activity);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.time) p.set("time", f.time);
  if (f.age) p.set("age", f.age);
  if (f.swimGym) p.set("hf", "1");
  if (f.limit !== DEFAULT_PAGE_SIZE) p.set("limit", String(f.limit));
  if (f.page > 1) p.set("page", String(f.page));
  return p;
}

/** Four decimals (about 10 m) is plenty for a search and keeps URLs short. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function searchHref(f: SearchFilters): string {
  const qs = toSearchParams(f).toString();
  return qs ? `/book?${qs}` : "/book";
}

/** A JSON-safe summary of one search result, as the results list shows it. */
export interface SessionSummary {
  /** The path segment for /book/[sessionId]. */
  sessionId: string;
  name: string;
  activity: string;
  venue: string;
  locality?: string;
  distanceKm?: number;
  startDate: string;
  endDate?: string;
  adultPrice?: number;
  juniorPrice?: number;
  /** The customer's own price where they hold an entitlement (`activeEntitlement`), and whether imin calls it indicative. */
  entitlementPrice?: number;
  entitlementIndicative?: boolean;
  currency: string;
  remaining?: number;
  bookable: boolean;
  /** Why not, in a few words, when not bookable. */
  reason?: string;
}

export interface SearchResults {
  items: SessionSummary[];
  /** May be approximate on large searches (imin rounds it). */
  total?: number;
  page: number;
  totalPages?: number;
  hasNext: boolean;
}
