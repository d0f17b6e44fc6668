import type { OfflinePack } from "./offline-pack-types";
import { CHECKOUT_MARK_COOKIE, packDigest, packIsStale } from "./pack-freshness";

/**
 * The browser side of the offline copy: one Cache Storage entry holding the signed-in customer's
 * pack, with the portal user id it belongs to. The page writes it after each visit and the offline
 * page reads it; the service worker never caches personal pages or API answers itself.
 *
 * The pack lives only as long as its owner's session: whenever the device is online (each page,
 * coming back online or to the foreground, opening /offline) the portal is asked who this browser
 * is signed in as, and a 401, a 403 or another owner deletes it. "Sign out everywhere", a deleted
 * account, an expired or revoked session all end it the next time the device is online.
 */
export const OFFLINE_PACK_CACHE = "portal-offline-pack-v1";
const PACK_KEY = "/api/offline-pack";
/** The session check: who this browser is signed in as, without building a pack. */
const OWNER_URL = `${PACK_KEY}?owner=1`;

function cacheStorage(): CacheStorage | undefined {
  return typeof caches === "undefined" ? undefined : caches;
}

// Bumped each time the pack is forgotten: a pack still on its way from before then is dropped, not stored.
let generation = 0;

function signedOut(res: Response) {
  return res.status === 401 || res.status === 403;
}

async function forget(storage: CacheStorage) {
  generation++;
  await storage.delete(OFFLINE_PACK_CACHE);
}

/** Another customer is signed in here now: their own pack may be on its way, so only a pack not theirs goes. */
async function dropIfNotOwnedBy(storage: CacheStorage, owner: string): Promise<boolean> {
  const held = await readOfflinePack();
  if (!held || held.userId === owner) return false;
  await storage.delete(OFFLINE_PACK_CACHE);
  return true;
}

async function ownerIn(res: Response): Promise<string | undefined> {
  try {
    const body = (await res.json()) as { userId?: unknown };
    return typeof body?.userId === "string" ? body.userId : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a fresh pack and keeps it; a signed-out answer, or another owner's, forgets any copy. */
export async function refreshOfflinePack(): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const started = generation;
  const res = await fetch(PACK_KEY, { cache: "no-store", credentials: "same-origin" });
  if (signedOut(res)) return forget(storage);
  if (!res.ok) {
    // The pack could not be made (imin unreachable): the answer still names who is signed in.
    const owner = await ownerIn(res);
    if (owner) await dropIfNotOwnedBy(storage, owner);
    return;
  }
  const text = await res.text();
  let pack: OfflinePack | undefined;
  try {
    pack = JSON.parse(text) as OfflinePack;
  } catch {
    return;
  }
  if (pack?.version !== 1 || typeof pack.userId !== "string" || started !== generation) return;
  const cache = await storage.open(OFFLINE_PACK_CACHE);
  if (started !== generation) return;
  await cache.put(PACK_KEY, new Response(text, { headers: { "content-type": "application/json" } }));
}

function checkoutMarked(): boolean {
  return typeof document !== "undefined" && document.cookie.split(/;\s*/).includes(`${CHECKOUT_MARK_COOKIE}=1`);
}

function clearCheckoutMark() {
  // biome-ignore lint/suspicious/noDocumentCookie: one flag cookie set by the server; the Cookie Store API is not in every browser the portal supports.
  document.cookie = `${CHECKOUT_MARK_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
}

/**
 * A signed-in page load: makes the pack again only when none is held, the held one is old, or the
 * customer has been to imin's checkout since (pack-freshness.ts); otherwise costs nothing.
 */
export async function keepOfflinePackCurrent(now = Date.now()): Promise<void> {
  if (!cacheStorage()) return;
  const marked = checkoutMarked();
  const held = await readOfflinePack();
  if (!packIsStale(held?.updatedAt, now, marked)) return;
  await refreshOfflinePack();
  if (marked) clearCheckoutMark();
}

/**
 * A page that has just read what the pack holds (/pass) passes its fingerprint: a held pack that
 * differs, or none, is made again; a matching one is left alone.
 */
export async function keepOfflinePackMatching(digest: string): Promise<void> {
  if (!cacheStorage()) return;
  const held = await readOfflinePack();
  if (held && packDigest(held) === digest) return;
  await refreshOfflinePack();
}

/**
 * Asks the portal who this browser is signed in as and forgets a held pack that is not theirs (or
 * anybody's). Without a connection nothing can be asked: the pack stays. Costs one request only
 * when a pack is held.
 */
export async function checkOfflinePack(): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const held = await readOfflinePack();
  if (!held) {
    // Nothing readable (or a pack of an older shape, or without an owner): nothing to keep.
    if (await storage.has(OFFLINE_PACK_CACHE)) await forget(storage);
    return;
  }
  const started = generation;
  let res: Response;
  try {
    res = await fetch(OWNER_URL, { cache: "no-store", credentials: "same-origin" });
  } catch {
    return;
  }
  if (started !== generation) return;
  if (signedOut(res)) return forget(storage);
  if (!res.ok) return;
  const owner = await ownerIn(res);
  // Someone else signed in here: their pack replaces the one just dropped.
  if (owner && (await dropIfNotOwnedBy(storage, owner))) await refreshOfflinePack();
}

/** What /offline may show: online, only after the portal confirmed the pack's owner is signed in here. */
export async function offlinePackToShow(online = typeof navigator === "undefined" || navigator.onLine): Promise<OfflinePack | null> {
  if (online) await checkOfflinePack();
  return readOfflinePack();
}

export async function readOfflinePack(): Promise<OfflinePack | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  const res = await storage.match(PACK_KEY, { cacheName: OFFLINE_PACK_CACHE });
  if (!res) return null;
  try {
    const pack = (await res.json()) as OfflinePack;
    return pack?.version === 1 && typeof pack.userId === "string" ? pack : null;
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
