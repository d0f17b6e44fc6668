import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createCatalogCache, loadAttributionCatalog } from "@/lib/imin/attribution-catalog";
import { getSessionDetail } from "@/lib/imin/events";
import { getSlotDetail } from "@/lib/imin/facilities";
import { startTestSandbox, type TestSandbox, useSandboxAsImin } from "../support/sandbox";

/**
 * The Attribution Catalog read from the sandbox's Firehose: cached, refreshed daily on an injected
 * clock, the last one kept when a refresh fails; pages attribute every session and slot through it.
 */

let sb: TestSandbox;
const DAY = 86_400_000;

beforeAll(async () => {
  sb = await startTestSandbox();
  useSandboxAsImin(sb, { IMIN_FACILITIES_API_URL: `${sb.url}/facilities-api/v2` });
});
afterAll(() => sb?.close());
beforeEach(async () => {
  await sb.api("/admin/faults", { method: "DELETE" });
});

const failCatalog = () =>
  sb.apiJson("/admin/faults", { method: "PUT", json: [{ route: "/firehose/datasets", errorRate: 1, errorStatus: 503 }] });

async function createSession(dataSource?: Record<string, string>) {
  const res = await sb.apiJson("/admin/sessions", {
    method: "POST",
    json: { seller: "riverside-leisure", name: "Attributed Pilates", offers: [{ name: "Adult", pricePence: 800 }], dataSource },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.session.id as string;
}

describe("catalog cache against the sandbox", () => {
  test("a failed refresh keeps the last catalog; the next day's refresh that works replaces it", async () => {
    let t = Date.parse("2026-12-07T08:00:00Z");
    let loads = 0;
    const cache = createCatalogCache({
      now: () => t,
      load: () => {
        loads++;
        return loadAttributionCatalog();
      },
    });
    const first = await cache.get();
    expect(first?.get("riverside-leisure-sessions")).toEqual({
      publisher: "Riverside Leisure Trust",
      url: "https://opendata.riverside-leisure.example/",
      dataset: "Riverside Leisure Trust Sessions",
    });

    await failCatalog();
    t += DAY;
    expect(await cache.get()).toBe(first);
    await cache.settled();
    expect(loads).toBe(2);
    // The failure is remembered: no call on every page until the retry interval has passed.
    t += 60_000;
    expect(await cache.get()).toBe(first);
    expect(loads).toBe(2);

    await sb.api("/admin/faults", { method: "DELETE" });
    t += 10 * 60_000;
    expect(await cache.get()).toBe(first);
    await cache.settled();
    expect(loads).toBe(3);
    const refreshed = await cache.get();
    expect(refreshed).not.toBe(first);
    expect(refreshed?.get("activehub-open-data")?.publisher).toBe("ActiveHub Booking Systems Ltd");
  });

  test("no catalog ever read (Firehose down): nothing is cached, and a page is not held up", async () => {
    await failCatalog();
    const cache = createCatalogCache({ load: loadAttributionCatalog });
    expect(await cache.get()).toBeUndefined();
    const started = performance.now();
    expect(await cache.get()).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("pages' reads carry the attribution", () => {
  test("a session: its dataset's publisher, linked to the dataset site", async () => {
    const detail = await getSessionDetail(await createSession());
    expect(detail?.source).toEqual({
      publisher: "Riverside Leisure Trust",
      url: "https://opendata.riverside-leisure.example/",
      dataset: "Riverside Leisure Trust Sessions",
    });
  });

  test("a session of a dataset the catalog does not list: the publisher its dataSource names, unlinked; none: no attribution", async () => {
    const named = await getSessionDetail(await createSession({ identifier: "uncatalogued", publisherName: "Newtown Sports Club" }));
    expect(named?.source).toEqual({ publisher: "Newtown Sports Club" });
    const bare = await getSessionDetail(await createSession({ identifier: "uncatalogued-bare" }));
    expect(bare).not.toBeNull();
    expect(bare?.source).toBeUndefined();
  });

  test("a slot: its FacilityUse's dataset", async () => {
    const res = await sb.apiJson("/admin/facility-slots?activity=badminton&state=free&limit=1");
    const slot = res.body.slots[0];
    const detail = await getSlotDetail(new URL(slot.id).pathname.split("/").pop()!);
    expect(detail?.source?.publisher).toBeTruthy();
    expect(detail?.source?.url).toMatch(/^https:\/\//);
  });
});
