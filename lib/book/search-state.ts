import type { Attribution } from "@/lib/imin/attribution";

/**
 * The /book search as it lives in the URL (shareable, and the back button works). Pure: used by the
 * server page, the JSON route and the client component alike.
 */

/** The time-of-day choices (their labels are the catalogue's, `book.search.times`). */
export const TIMES_OF_DAY = {
  morning: { from: "00:00", to: "11:59" },
  afternoon: { from: "12:00", to: "16:59" },
  evening: { from: "17:00", to: "23:59" },
} as const;
type TimeOfDay = keyof typeof TIMES_OF_DAY;

/** The age choices (labels: `book.search.ages`): juniors up to 17, adults from 18. */
export const AGE_GROUPS = {
  junior: { maxAge: 17 },
  adult: { minAge: 18 },
} as const;
type AgeGroup = keyof typeof AGE_GROUPS;

export const DISTANCES_KM = [2, 5, 10, 25, 50] as const;
const DEFAULT_KM = 10;
/** imin publishes sessions this many days ahead (today included). */
const WINDOW_DAYS = 14;
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
  /** Also imin's high-frequency (swim and gym) timetable; an old link's `hf=1` (a swimming or gym activity asks for it by itself). */
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

/** The one day a search is narrowed to (the date strip's chip), if it is one day. */
export function dayOf(f: Pick<SearchFilters, "from" | "to">): string | undefined {
  return f.from && f.from === f.to ? f.from : undefined;
}

/** The days of imin's window from `today` (a venue calendar day, YYYY-MM-DD): today and the 13 after it. */
export function windowDays(today: string): string[] {
  const start = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: WINDOW_DAYS }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** How many filters of the sheet are set (the activity and the day are shown outside it). */
export function countFilters(f: SearchFilters): number {
  const range = (f.from || f.to) && !dayOf(f) ? 1 : 0;
  return (f.lat !== undefined ? 1 : 0) + (f.km !== DEFAULT_KM ? 1 : 0) + (f.time ? 1 : 0) + (f.age ? 1 : 0) + range;
}

/**
 * A session's page, carrying the search it was found by (`from`, the encoded `/book?…` path) so its
 * "Back to search" returns to the same results.
 */
export function sessionHref(sessionId: string, f: SearchFilters): string {
  const path = `/book/${encodeURIComponent(sessionId)}`;
  const search = searchHref(f);
  return search === "/book" ? path : `${path}?from=${encodeURIComponent(search)}`;
}

/** Why a session cannot be booked online: cancelled, already started, full, or not sold online. */
export type UnbookableKind = "cancelled" | "started" | "full" | "offline";

/** A JSON-safe summary of one search result, as the results list shows it. */
export interface SessionSummary {
  /** The path segment for /book/[sessionId]. */
  sessionId: string;
  /** The ScheduledSession's `identifier` (what the customer's bookings name). */
  identifier?: string;
  /** The customer already holds a confirmed place on it. */
  booked?: boolean;
  name: string;
  activity: string;
  /** The venue's name as imin sends it; absent when it sends none (the list words "Venue to be confirmed"). */
  venue?: string;
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
  /** Why not, as a kind the page words in its language (`reason` is the English). */
  unbookable?: UnbookableKind;
  /** Its open dataset's attribution ("Source: <publisher>"), docs/imin/attribution.md. */
  source?: Attribution;
}

export interface SearchResults {
  items: SessionSummary[];
  /** May be approximate on large searches (imin rounds it). */
  total?: number;
  page: number;
  totalPages?: number;
  hasNext: boolean;
  /** For an empty search narrowed by date: the days of the window that have sessions, with how many (at most 50 read). */
  otherDays?: { day: string; count: number }[];
  /** The activity is booked by the court, lane or pitch: the Courts tab for it. */
  courts?: { activity: string; href: string };
}
