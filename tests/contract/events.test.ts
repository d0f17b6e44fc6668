import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encodeEntitlementFilter } from "@/sandbox/booking/entitlement-filter";
import {
  eventSeries,
  eventSeriesCollection,
  parseImin,
  placesCollection,
  scheduledSessionDetail,
  searchResultsCollection,
} from "@/lib/imin/schemas";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";
import { FIXTURE_NOW, geoHere, installFixtures, type Fixtures } from "./events.fixtures";

let sb: TestSandbox;
let fx: Fixtures;

beforeAll(async () => {
  sb = await startTestSandbox({ now: FIXTURE_NOW });
  fx = installFixtures(sb.ctx);
});
afterAll(() => sb?.close());

async function search(query: string) {
  const res = await sb.apiJson(`/events-api/v2/event-series?${query}`);
  return res;
}
async function searchOk(query: string) {
  const res = await search(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  // Both the full schema and the slim one the portal's results list reads.
  expect(parseImin(searchResultsCollection, res.body)["imin:item"]).toHaveLength(res.body["imin:item"].length);
  return parseImin(eventSeriesCollection, res.body);
}
const sessionIds = (c: ReturnType<typeof parseImin<typeof eventSeriesCollection>>) =>
  c["imin:item"].flatMap((es) => es.subEvent.flatMap((ss) => ss.subEvent.map((s) => s.identifier?.split("/").pop())));
const near = (km = 2) => `geo[radial]=${geoHere(km)}`;

describe("Events API search", () => {
  test("upcoming-sessions: one session per result, earliest first, within the radius and the 14-day window", async () => {
    const c = await searchOk(`mode=upcoming-sessions&${near()}&limit=50`);
    expect(sessionIds(c)).toEqual(["fx-yoga-tomorrow-0900", "fx-full-day1", "fx-yoga-day2-1830", "fx-spin-day5"]);
    for (const es of c["imin:item"]) {
      expect(es.type).toBe("EventSeries");
      expect(es.subEvent).toHaveLength(1);
      expect(es.subEvent[0]!.subEvent).toHaveLength(1);
      expect(es.subEvent[0]!.location?.name).toBeTruthy();
      expect(es.subEvent[0]!.activity[0]?.prefLabel).toBeTruthy();
    }
    expect(c["imin:totalItems"]).toBe(4);
    expect(c.view?.["imin:totalPages"]).toBe(1);
    expect(c.view?.next).toBeUndefined();
  });

  test("a wider radius reaches the second venue; distance is reported from the search point", async () => {
    const c = await searchOk(`mode=upcoming-sessions&${near(10)}&limit=50`);
    expect(sessionIds(c)).toContain("fx-football-day3");
    const football = c["imin:item"].find((es) => es.identifier === "fx-football")!;
    const km = football.subEvent[0]!.location?.geo?.["imin:distanceFromGeoQueryCenter"]?.value;
    expect(km).toBeGreaterThan(4);
    expect(km).toBeLessThan(6);
    expect(football["imin:distanceFromSearchPoint"]).toBeCloseTo(km!, 3);
  });

  test("bookable sessions carry imin:checkoutUrlTemplate and aggregate offer ids; a full session does not", async () => {
    const c = await searchOk(`mode=upcoming-sessions&${near()}&limit=50`);
    const byId = new Map(c["imin:item"].map((es) => [es.subEvent[0]!.subEvent[0]!.identifier!.split("/").pop(), es]));
    const yoga = byId.get("fx-yoga-tomorrow-0900")!;
    const session = yoga.subEvent[0]!.subEvent[0]!;
    expect(session["imin:checkoutUrlTemplate"]).toMatch(/^\{checkoutBaseUrl\}/);
    expect(session.remainingAttendeeCapacity).toBe(10);
    const agg = yoga.subEvent[0]!["imin:aggregateOffer"]!;
    expect(agg.publicAdult).toMatchObject({ price: 7, priceCurrency: "GBP", "imin:membershipRequired": false });
    expect(agg.publicAdult?.id).toBeTruthy();
    expect(agg.publicJunior?.price).toBe(4);
    const full = byId.get("fx-full-day1")!;
    expect(full.subEvent[0]!.subEvent[0]!["imin:checkoutUrlTemplate"]).toBeUndefined();
    expect(full.subEvent[0]!.subEvent[0]!.remainingAttendeeCapacity).toBe(0);
    expect(full.subEvent[0]!["imin:aggregateOffer"]?.publicAdult?.id).toBeUndefined();
  });

  test("high-frequency swim/gym sessions are excluded unless iminTag=HighFrequencySession asks for them", async () => {
    expect(sessionIds(await searchOk(`mode=upcoming-sessions&${near()}&limit=50`))).not.toContain("fx-swim-tomorrow");
    const hf = await searchOk(`mode=upcoming-sessions&${near()}&limit=50&iminTag=HighFrequencySession`);
    expect(sessionIds(hf)).toEqual(["fx-swim-tomorrow"]);
    // The discovery modes never return high-frequency sessions.
    const geo = await searchOk(`mode=discovery-geo&${near()}&iminTag=HighFrequencySession`);
    expect(geo["imin:item"]).toEqual([]);
  });

  test("startDate and startTime filters (startTime in London local time)", async () => {
    const day2 = new Date(Date.parse(FIXTURE_NOW) + 2 * 86_400_000).toISOString().slice(0, 10);
    let c = await searchOk(`mode=upcoming-sessions&${near()}&startDate[gte]=${day2}T00:00:00Z`);
    expect(sessionIds(c)).toEqual(["fx-yoga-day2-1830", "fx-spin-day5"]);
    c = await searchOk(`mode=upcoming-sessions&${near()}&startDate[lte]=${day2}T00:00:00Z`);
    expect(sessionIds(c)).toEqual(["fx-yoga-tomorrow-0900", "fx-full-day1"]);
    c = await searchOk(`mode=upcoming-sessions&${near()}&startTime[gte]=09:00&startTime[lte]=09:00`);
    expect(sessionIds(c)).toEqual(["fx-yoga-tomorrow-0900"]);
    c = await searchOk(`mode=upcoming-sessions&${near()}&startTime[gte]=18:00`);
    expect(sessionIds(c)).toEqual(["fx-yoga-day2-1830", "fx-spin-day5"]);
  });

  test("activity and age filters", async () => {
    let c = await searchOk(`mode=upcoming-sessions&${near(10)}&activityPrefLabel=fixture%20yoga`);
    expect(sessionIds(c)).toEqual(["fx-yoga-tomorrow-0900", "fx-yoga-day2-1830"]);
    c = await searchOk(
      `mode=upcoming-sessions&${near(10)}&activityId=${encodeURIComponent("https://openactive.io/activity-list#fixture-football")}`,
    );
    expect(sessionIds(c)).toEqual(["fx-football-day3"]);
    c = await searchOk(`mode=upcoming-sessions&${near(10)}&ageRangeMax[lte]=17`);
    expect(sessionIds(c)).toEqual(["fx-football-day3"]);
    c = await searchOk(`mode=upcoming-sessions&${near(10)}&ageRangeMin[gte]=18`);
    expect(sessionIds(c)).toEqual(["fx-yoga-tomorrow-0900", "fx-yoga-day2-1830"]);
  });

  test("discovery-geo groups sessions by series, nearest first", async () => {
    const c = await searchOk(`mode=discovery-geo&${near(10)}&limit=50`);
    const names = c["imin:item"].map((es) => es.identifier);
    expect(names.slice(-2).sort()).toEqual(["fx-football", "fx-walk"]);
    const yoga = c["imin:item"].find((es) => es.identifier === "fx-yoga")!;
    expect(yoga.subEvent[0]!.subEvent.map((s) => s.identifier?.split("/").pop())).toEqual(["fx-yoga-tomorrow-0900", "fx-yoga-day2-1830"]);
  });

  test("discovery-price-asc and -desc sort on the public adult price", async () => {
    const asc = await searchOk(`mode=discovery-price-asc&${near(10)}&limit=50`);
    const prices = asc["imin:item"].map((es) => es["imin:aggregateOffer"]?.publicAdult?.price).filter((p) => p !== undefined);
    expect(prices).toEqual([...prices].sort((a, b) => a! - b!));
    expect(prices[0]).toBe(0);
    const desc = await searchOk(`mode=discovery-price-desc&${near(10)}&limit=50`);
    expect(desc["imin:item"][0]?.identifier).toBe("fx-spin");
  });

  test("paging through view links; totals approximate on large searches", async () => {
    const p1 = await searchOk(`mode=upcoming-sessions&${near(10)}&limit=2`);
    expect(p1["imin:item"]).toHaveLength(2);
    expect(p1.view?.["imin:totalPages"]).toBe(3);
    expect(p1.view?.next).toContain("page=2");
    const next = new URL(p1.view!.next!);
    const p2 = await searchOk(next.search.slice(1));
    expect(p2["imin:item"]).toHaveLength(2);
    expect(sessionIds(p2)[0]).not.toBe(sessionIds(p1)[0]);
    expect(p2.view?.previous).toContain("page=1");
    // A national search: many results, an approximate total, and never more than 50 a page.
    const big = await searchOk(`mode=upcoming-sessions&geo[radial]=53.5,-2.2,1000&limit=50&iminTag=HighFrequencySession`);
    expect(big["imin:item"]).toHaveLength(50);
    expect(big["imin:totalItems"]).toBeGreaterThan(100);
    expect(big["imin:totalItems"]! % 10).toBe(0);
  });

  test("entitlementFilter adds activeEntitlement prices at sellers where the customer holds one", async () => {
    const token = encodeEntitlementFilter([{ sellerId: fx.sellerId, entitlementId: "https://example.com/ent#resident" }]);
    const c = await searchOk(`mode=upcoming-sessions&${near()}&entitlementFilter=${encodeURIComponent(token)}`);
    const spin = c["imin:item"].find((es) => es.identifier === "fx-spin")!;
    const active = spin["imin:aggregateOffer"]?.activeEntitlement;
    expect(active?.price).toBe(6);
    expect(active?.id).toBeTruthy();
    const without = await searchOk(`mode=upcoming-sessions&${near()}`);
    expect(without["imin:item"].find((es) => es.identifier === "fx-spin")!["imin:aggregateOffer"]?.activeEntitlement).toBeUndefined();
    const bad = await search(`mode=upcoming-sessions&${near()}&entitlementFilter=forged`);
    expect(bad.status).toBe(400);
    expect(bad.body.description).toMatch(/entitlementFilter/);
  });

  test.each([
    ["limit=51", "limit"],
    ["limit=0", "limit"],
    ["mode=nearest", "mode"],
    ["geo[radial]=91,0,5", "geo[radial]"],
    ["geo[radial]=abc", "geo[radial]"],
    ["startDate[gte]=tomorrow", "startDate[gte]"],
    ["startTime[gte]=9am", "startTime[gte]"],
    ["ageRangeMin[gte]=-1", "ageRangeMin[gte]"],
    ["iminTag=Swim", "iminTag"],
    ["page=0", "page"],
  ])("bad query %s answers 400 InvalidRequestError naming %s", async (bad, name) => {
    const base = new URLSearchParams(`mode=upcoming-sessions&${near()}`);
    const [k, v] = bad.split("=") as [string, string];
    base.set(k, v);
    const res = await search(base.toString());
    expect(res.status).toBe(400);
    expect(res.body["@type"] ?? res.body.type).toBe("InvalidRequestError");
    expect(res.body.description).toContain(name);
  });

  test("mode is required, and discovery-geo needs geo[radial]", async () => {
    expect((await search(near())).status).toBe(400);
    const res = await search("mode=discovery-geo");
    expect(res.status).toBe(400);
    expect(res.body.description).toContain("geo[radial]");
  });

  test("the API key is required", async () => {
    const res = await sb.api(`/events-api/v2/event-series?mode=upcoming-sessions&${near()}`, { key: null });
    expect(res.status).toBe(401);
  });
});

describe("Events API by id", () => {
  test("event-series/{id} carries full offers with ids, age ranges and membership flags", async () => {
    const res = await sb.apiJson(`/events-api/v2/event-series/fx-spin`);
    expect(res.status).toBe(200);
    const es = parseImin(eventSeries, res.body);
    const offers = es.subEvent[0]!.offers;
    expect(offers.map((o) => o.name)).toEqual(["Adult", "Member"]);
    expect(offers.every((o) => o.id)).toBe(true);
    expect(offers[1]!["imin:membershipRequired"]).toBe(true);
    const yoga = parseImin(eventSeries, (await sb.apiJson(`/events-api/v2/event-series/fx-yoga`)).body);
    expect(yoga.subEvent[0]!.offers[1]!.ageRange?.maxValue).toBe(15);
    // Sessions within the window and not yet ended, including one in progress (not bookable).
    const ids = yoga.subEvent[0]!.subEvent.map((s) => s.identifier?.split("/").pop());
    expect(ids).toEqual(["fx-yoga-started", "fx-yoga-tomorrow-0900", "fx-yoga-day2-1830"]);
    expect(yoga.subEvent[0]!.subEvent[0]!["imin:checkoutUrlTemplate"]).toBeUndefined();
  });

  test("scheduled-sessions/{id} by short id or by URL-encoded feed identifier", async () => {
    const byShort = await sb.apiJson(`/events-api/v2/scheduled-sessions/fx-spin-day5`);
    expect(byShort.status).toBe(200);
    const detail = parseImin(scheduledSessionDetail, byShort.body);
    expect(detail.superEvent?.offers).toHaveLength(2);
    expect(detail.superEvent?.location?.name).toBe("Lerwick Fixture Centre");
    expect(detail["imin:checkoutUrlTemplate"]).toBeTruthy();
    const byIdentifier = await sb.apiJson(`/events-api/v2/scheduled-sessions/${encodeURIComponent(fx.sessions["spin-day5"]!.identifier)}`);
    expect(byIdentifier.status).toBe(200);
    expect(byIdentifier.body.identifier).toBe(fx.sessions["spin-day5"]!.identifier);
    const token = encodeEntitlementFilter([{ sellerId: fx.sellerId, entitlementId: "https://example.com/ent#x" }]);
    const withEnt = parseImin(
      scheduledSessionDetail,
      (await sb.apiJson(`/events-api/v2/scheduled-sessions/fx-spin-day5?entitlementFilter=${encodeURIComponent(token)}`)).body,
    );
    expect(withEnt.superEvent?.offers[0]?.activeEntitlement?.price).toBe(6);
  });

  test("unknown ids answer 404", async () => {
    expect((await sb.apiJson(`/events-api/v2/event-series/nope`)).status).toBe(404);
    expect((await sb.apiJson(`/events-api/v2/scheduled-sessions/nope`)).status).toBe(404);
  });
});

describe("Events API places", () => {
  test("venues near a point, nearest first, with their upcoming event counts", async () => {
    const res = await sb.apiJson(`/events-api/v2/places?geo[radial]=${geoHere(10)}`);
    expect(res.status).toBe(200);
    const c = parseImin(placesCollection, res.body);
    expect(c["imin:item"].map((p) => p.name)).toEqual(["Lerwick Fixture Centre", "Scalloway Fixture Hall"]);
    // Near: yoga ×2 (the started one excluded), swim, full pilates, spin; far: football, walk.
    expect(c["imin:item"].map((p) => p["imin:eventCount"])).toEqual([5, 2]);
    expect(c["imin:item"][1]!.geo?.["imin:distanceFromGeoQueryCenter"]?.value).toBeGreaterThan(4);
  });

  test("without a point: every venue by name, paged", async () => {
    const c = parseImin(placesCollection, (await sb.apiJson(`/events-api/v2/places?limit=50`)).body);
    expect(c["imin:item"].length).toBeGreaterThanOrEqual(15);
    expect((await sb.apiJson(`/events-api/v2/places?limit=500`)).status).toBe(400);
  });
});
