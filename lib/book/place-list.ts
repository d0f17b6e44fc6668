import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import { listPlaces } from "@/lib/imin/events";
import type { PlaceOption } from "@/lib/imin/event-mapping";

const RETRY_MS = 60_000;

const KEY = Symbol.for("imin-portal.place-list");
type Holder = { [KEY]?: { places: PlaceOption[]; until: number; loading?: Promise<PlaceOption[]> } };

/**
 * The venues imin knows near the broker's home (the Events API's `places`, nearest 50), for the
 * place search. Venues change rarely: kept an hour per process and read when the server starts
 * (warmBookLists), so a /book view costs no call for them; once a list is held, an old one is answered
 * at once while the new one is read; when imin cannot be read the last list stays (none at first) and
 * it is tried again a minute later.
 */
export async function getPlaces(now = Date.now()): Promise<PlaceOption[]> {
  const holder = globalThis as Holder;
  holder[KEY] ??= { places: [], until: 0 };
  const state = holder[KEY];
  const freshMs = getEnv().BOOK_LISTS_MINUTES * 60_000;
  // 0: nothing kept, each view reads the list (a sandbox whose data is made as the tests go).
  if (freshMs === 0) return listPlaces(getBrokerConfig().defaultLocation).catch(() => state.places);
  if (now < state.until) return state.places;
  const held = state.places.length > 0;
  state.loading ??= listPlaces(getBrokerConfig().defaultLocation)
    .then((places) => {
      if (places.length) state.places = places;
      state.until = Date.now() + freshMs;
      return state.places;
    })
    .catch(() => {
      state.until = Date.now() + RETRY_MS;
      return state.places;
    })
    .finally(() => {
      state.loading = undefined;
    });
  return held ? state.places : state.loading;
}
