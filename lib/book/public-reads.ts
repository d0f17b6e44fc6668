import "server-only";
import type { CourtsResults } from "@/lib/facilities/grid";
import type { CourtFilters } from "@/lib/facilities/search-state";
import type { SessionDetail } from "@/lib/imin/event-mapping";
import type { SearchCentre } from "@/lib/imin/event-query";
import { getSessionDetail } from "@/lib/imin/events";
import { getSlotDetail, searchCourts } from "@/lib/imin/facilities";
import type { SlotDetail } from "@/lib/imin/slot-mapping";
import type { SearchFilters, SearchResults } from "./search-state";
import { searchAsEveryone } from "./timetable";

/** How long one public read serves every visitor: short, so places left and cancellations stay current. */
const TTL_MS = 30_000;
/** Distinct reads kept at once (searches, sessions and slots together): the oldest goes first. */
const MAX_ENTRIES = 500;

const KEY = Symbol.for("imin-portal.public-reads");
type Entry = { value: Promise<unknown>; expires: number };
type Holder = { [KEY]?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * One imin read shared by every signed-out view for TTL_MS: concurrent views wait for the same call,
 * a failed call is not kept (the next view tries again). Only reads that carry nothing of a
 * customer come through here (no entitlement filter, no customer id), so any visitor may see them.
 */
export function sharedRead<T>(key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const map = entries();
  const hit = map.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  map.delete(key);
  if (map.size >= MAX_ENTRIES) {
    for (const [k, e] of map) if (e.expires <= now) map.delete(k);
    while (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  }
  const value = read();
  map.set(key, { value, expires: now + TTL_MS });
  value.catch(() => {
    if (map.get(key)?.value === value) map.delete(key);
  });
  return value;
}

/** The timetable as imin's search shows it to everyone: standard prices, nobody's bookings. */
export function searchPublicTimetable(f: SearchFilters, centre: SearchCentre): Promise<SearchResults> {
  return sharedRead(JSON.stringify(["search", f, centre.latitude, centre.longitude]), () => searchAsEveryone(f, centre));
}

/** A session page's read for a visitor (no entitlement filter). */
export function getPublicSessionDetail(sessionId: string): Promise<SessionDetail | null> {
  return sharedRead(JSON.stringify(["session", sessionId]), () => getSessionDetail(sessionId));
}

/** A slot page's read for a visitor. */
export function getPublicSlotDetail(slotId: string): Promise<SlotDetail | null> {
  return sharedRead(JSON.stringify(["slot", slotId]), () => getSlotDetail(slotId));
}

/** The courts grid of one venue day for a visitor. */
export function searchPublicCourts(f: CourtFilters, day: string, centre: SearchCentre): Promise<CourtsResults> {
  return sharedRead(JSON.stringify(["courts", f, day, centre.latitude, centre.longitude]), () => searchCourts(f, day, centre));
}
