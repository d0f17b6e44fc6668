import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { searchSessions } from "@/lib/imin/events";
import { DISTANCES_KM, parseSearchParams } from "./search-state";

const RETRY_MS = 60_000;
const PAGES = 2;

const KEY = Symbol.for("imin-portal.activity-list");
type Holder = { [KEY]?: { labels: string[]; until: number; loading?: Promise<string[]> } };

async function readActivities(): Promise<string[]> {
  const home = getBrokerConfig().defaultLocation;
  const wide = { ...parseSearchParams({}), km: Math.max(...DISTANCES_KM), limit: 50, swimGym: true };
  const pages = await Promise.all(Array.from({ length: PAGES }, (_, i) => searchSessions({ ...wide, page: i + 1 }, home)));
  const labels = new Set<string>();
  for (const results of pages) {
    for (const item of results.items) {
      for (const label of item.activity.split(", ")) if (label.trim()) labels.add(label.trim());
    }
  }
  return [...labels].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/**
 * The activities on offer near the broker's home (classes and the swim and gym timetable, as the
 * Events API labels them), for the activity filter's suggestions. Kept for an hour per process and
 * read when the server starts (warmBookLists), so no page view waits for it: once a list is held, an
 * old one is answered at once while the new one is read; when imin cannot be read the last list
 * stays (none at first) and it is tried again a minute later.
 */
export async function getActivityLabels(now = Date.now()): Promise<string[]> {
  const holder = globalThis as Holder;
  holder[KEY] ??= { labels: [], until: 0 };
  const state = holder[KEY];
  const freshMs = getEnv().BOOK_LISTS_MINUTES * 60_000;
  // 0: nothing kept, each view reads the list (a sandbox whose data is made as the tests go).
  if (freshMs === 0) return readActivities().catch(() => state.labels);
  if (now < state.until) return state.labels;
  const held = state.labels.length > 0;
  state.loading ??= readActivities()
    .then((labels) => {
      if (labels.length) state.labels = labels;
      state.until = Date.now() + freshMs;
      return state.labels;
    })
    .catch(() => {
      state.until = Date.now() + RETRY_MS;
      return state.labels;
    })
    .finally(() => {
      state.loading = undefined;
    });
  return held ? state.labels : state.loading;
}
