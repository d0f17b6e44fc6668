import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { OfflinePack } from "@/lib/pwa/offline-pack-types";

/** Cache Storage as a browser has it, in memory. */
class FakeCaches {
  stores = new Map<string, Map<string, string>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    return {
      put: async (key: string, res: Response) => void store.set(key, await res.text()),
    };
  }
  async has(name: string) {
    return this.stores.has(name);
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(key: string, opts: { cacheName: string }) {
    const body = this.stores.get(opts.cacheName)?.get(key);
    return body === undefined ? undefined : new Response(body);
  }
}

function pack(userId: string): OfflinePack {
  return {
    version: 1,
    userId,
    updatedAt: "2031-01-01T09:00:00.000Z",
    updatedAtText: "1 Jan 2031, 09:00 GMT",
    passes: [{ sellerId: "s", sellerName: "Northern Active", number: "NA12345678", barcodeSvg: null }],
    bookings: [{ id: "b", title: "Swim", when: "Tomorrow", accessCodes: [{ label: "Door", code: "4711", qrSvg: null }] }],
  };
}

/** The portal as the browser reaches it: who is signed in, and whether the network is there. */
const portal = { signedIn: undefined as string | undefined, online: true, requests: [] as string[] };

beforeEach(() => {
  vi.resetModules();
  portal.signedIn = undefined;
  portal.online = true;
  portal.requests = [];
  vi.stubGlobal("caches", new FakeCaches());
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("fetch", async (url: string) => {
    portal.requests.push(url);
    if (!portal.online) throw new TypeError("Failed to fetch");
    if (!portal.signedIn) return Response.json({ error: "Sign in" }, { status: 401 });
    if (url.endsWith("?owner=1")) return Response.json({ userId: portal.signedIn });
    return Response.json(pack(portal.signedIn));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function store() {
  return import("@/lib/pwa/offline-store");
}

/** What /offline shows on this device now. */
async function offlinePage() {
  const s = await store();
  return s.offlinePackToShow(portal.online);
}

describe("the offline pack and the session", () => {
  test("once online again, the device no longer shows the card number and door codes of a session ended elsewhere", async () => {
    const s = await store();
    portal.signedIn = "user-a";
    await s.refreshOfflinePack();
    expect((await s.readOfflinePack())?.passes[0]?.number).toBe("NA12345678");

    // "Sign out everywhere" on another device (or the account deleted, the session expired or revoked).
    portal.signedIn = undefined;
    // Still offline: nothing can be asked, the pack is what the customer has at the desk.
    portal.online = false;
    expect((await offlinePage())?.userId).toBe("user-a");
    // Online again: the check says 401 and the pack is gone for good.
    portal.online = true;
    expect(await offlinePage()).toBeNull();
    portal.online = false;
    expect(await offlinePage()).toBeNull();
    expect(await s.readOfflinePack()).toBeNull();
  });

  test("a signed-out page deletes a pack left on the device as soon as it is online", async () => {
    const s = await store();
    portal.signedIn = "user-a";
    await s.refreshOfflinePack();
    portal.signedIn = undefined;
    await s.checkOfflinePack();
    expect(await s.readOfflinePack()).toBeNull();
  });

  test("another customer signed in on this device never sees the previous customer's pack", async () => {
    const s = await store();
    portal.signedIn = "user-a";
    await s.refreshOfflinePack();
    portal.signedIn = "user-b";
    // The check drops user-a's pack and makes user-b's own in its place.
    expect((await offlinePage())?.userId).toBe("user-b");
    portal.online = false;
    expect((await offlinePage())?.userId).toBe("user-b");
  });

  test("a pack whose refresh failed is dropped when the answer names another customer", async () => {
    const s = await store();
    portal.signedIn = "user-a";
    await s.refreshOfflinePack();
    vi.stubGlobal("fetch", async () => Response.json({ error: "imin down", userId: "user-b" }, { status: 503 }));
    await s.refreshOfflinePack();
    expect(await s.readOfflinePack()).toBeNull();
  });

  test("the owner's pack stays while the portal still signs them in, and the check costs nothing without a pack", async () => {
    const s = await store();
    await s.checkOfflinePack();
    expect(portal.requests).toEqual([]);
    portal.signedIn = "user-a";
    await s.refreshOfflinePack();
    expect((await offlinePage())?.userId).toBe("user-a");
    expect(portal.requests.at(-1)).toBe("/api/offline-pack?owner=1");
  });

  test("a pack without an owner is never shown", async () => {
    const s = await store();
    const cache = await caches.open(s.OFFLINE_PACK_CACHE);
    const { userId: _, ...ownerless } = pack("user-a");
    await cache.put("/api/offline-pack", Response.json(ownerless));
    expect(await s.readOfflinePack()).toBeNull();
  });
});

describe("what keeping the pack current costs", () => {
  const made = Date.parse("2031-01-01T09:00:00.000Z");
  const packRequests = () => portal.requests.filter((url) => url === "/api/offline-pack").length;

  beforeEach(() => {
    vi.stubGlobal("document", { cookie: "" });
    portal.signedIn = "user-a";
  });

  test("a page load makes the pack when none is held, then not again while it is fresh", async () => {
    const s = await store();
    await s.keepOfflinePackCurrent(made);
    expect(packRequests()).toBe(1);
    await s.keepOfflinePackCurrent(made + 9 * 60_000);
    expect(packRequests()).toBe(1);
    await s.keepOfflinePackCurrent(made + 10 * 60_000);
    expect(packRequests()).toBe(2);
  });

  test("coming back from imin's checkout makes it again at once, and the mark is cleared", async () => {
    const s = await store();
    await s.keepOfflinePackCurrent(made);
    // biome-ignore lint/suspicious/noDocumentCookie: the test stands in for the cookie the Book action sets.
    document.cookie = "theme=dark; portal-pack-stale=1";
    await s.keepOfflinePackCurrent(made + 60_000);
    expect(packRequests()).toBe(2);
    expect(document.cookie).not.toContain("portal-pack-stale=1");
  });

  test("a pack dated in the future (a wrong device clock) is made again", async () => {
    const s = await store();
    await s.keepOfflinePackCurrent(made);
    await s.keepOfflinePackCurrent(made - 60 * 60_000);
    expect(packRequests()).toBe(2);
  });

  test("/pass makes the pack again when what it shows differs from the saved copy (a booking made elsewhere), and not when it matches", async () => {
    const { packDigest } = await import("@/lib/pwa/pack-freshness");
    const s = await store();
    await s.keepOfflinePackCurrent(made);
    expect(packRequests()).toBe(1);
    const shown = pack("user-a");
    // What /pass drew: the same (its own time of reading aside).
    await s.keepOfflinePackMatching(packDigest({ ...shown }));
    expect(packRequests()).toBe(1);
    // A booking made at the desk since: a new code on /pass, so the saved copy is made again at once.
    const withNew = {
      ...shown,
      bookings: [...shown.bookings, { id: "c", title: "Gym", when: "Friday", accessCodes: [{ label: "Door", code: "9911", qrSvg: null }] }],
    };
    await s.keepOfflinePackMatching(packDigest(withNew));
    expect(packRequests()).toBe(2);
    // A code changed on a booking already saved counts too.
    const changed = { ...shown, bookings: [{ ...shown.bookings[0], accessCodes: [{ label: "Door", code: "4712", qrSvg: null }] }] };
    expect(packDigest(changed)).not.toBe(packDigest(shown));
  });
});
