import type { OfflinePack } from "./offline-pack-types";

/**
 * The browser side of the offline copy: one Cache Storage entry holding the signed-in customer's
 * pack. The page writes it after each visit and the offline page reads it; the service worker never
 * caches personal pages or API answers itself.
 */
export const OFFLINE_PACK_CACHE = "portal-offline-pack-v1";
const PACK_KEY = "/api/offline-pack";

function cacheStorage(): CacheStorage | undefined {
  return typeof caches === "undefined" ? undefined : caches;
}

// Bumped by sign-out: a pack still on its way from before then is dropped, not stored.
let generation = 0;

/** Fetches a fresh pack and keeps it; a signed-out answer forgets any copy. */
export async function refreshOfflinePack(): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const started = generation;
  const res = await fetch(PACK_KEY, { cache: "no-store", credentials: "same-origin" });
  if (res.status === 401 || res.status === 403) {
    await storage.delete(OFFLINE_PACK_CACHE);
    return;
  }
  if (!res.ok || started !== generation) return;
  const body = await res.blob();
  const cache = await storage.open(OFFLINE_PACK_CACHE);
  if (started !== generation) return;
  await cache.put(PACK_KEY, new Response(body, { headers: { "content-type": "application/json" } }));
}

export async function readOfflinePack(): Promise<OfflinePack | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  const res = await storage.match(PACK_KEY, { cacheName: OFFLINE_PACK_CACHE });
  if (!res) return null;
  try {
    const pack = (await res.json()) as OfflinePack;
    return pack?.version === 1 ? pack : null;
  } catch {
    return null;
  }
}

/** Signing out: the pack goes, and the service worker is told to drop anything else it holds. */
export async function clearOfflineData(): Promise<void> {
  generation++;
  const storage = cacheStorage();
  if (storage) await storage.delete(OFFLINE_PACK_CACHE);
  navigator.serviceWorker?.controller?.postMessage({ type: "sign-out" });
}
