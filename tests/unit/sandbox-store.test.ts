import { describe, expect, test } from "vitest";
import { effectiveFault } from "@/sandbox/http/faults";
import { urlsFor } from "@/sandbox/context";
import { faultsFromEnv } from "@/sandbox/config";
import { seedStore } from "@/sandbox/seed";
import { seedBulkBookings } from "@/sandbox/seed/bulk";
import { createRng } from "@/sandbox/seed/rng";
import { createClock } from "@/sandbox/store/clock";
import { Store } from "@/sandbox/store/store";

function seeded(seed = 1, now?: string) {
  const store = new Store();
  const clock = createClock();
  if (now) clock.set(now);
  seedStore({ store, clock, urls: urlsFor("http://sandbox.test"), seed });
  return { store, clock };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("clock", () => {
  test("set keeps running, advance adds, reset returns to real time", async () => {
    const clock = createClock();
    clock.set("2030-06-01T12:00:00Z");
    await new Promise((r) => setTimeout(r, 20));
    const t = clock.now().getTime() - Date.parse("2030-06-01T12:00:00Z");
    expect(t).toBeGreaterThanOrEqual(15);
    expect(t).toBeLessThan(1000);
    clock.advance(3_600_000);
    expect(clock.nowIso().slice(0, 13)).toBe("2030-06-01T13");
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
    expect(() => clock.set("nope")).toThrow();
  });
});

describe("rng and seed determinism", () => {
  test("same seed, same sequence; different seed, different sequence", () => {
    const a = createRng(5);
    const b = createRng(5);
    const c = createRng(6);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test("same seed and hour ⇒ identical data", () => {
    const now = "2031-03-10T10:20:00Z";
    const x = seeded(3, now).store;
    const y = seeded(3, now).store;
    expect(JSON.stringify([...x.orders.values()])).toBe(JSON.stringify([...y.orders.values()]));
    expect(JSON.stringify([...x.sessions.values()])).toBe(JSON.stringify([...y.sessions.values()]));
  });

  test.each([1, 2, 3, 11, 99])("seed %i always gives the demo data its shape", (seed) => {
    const { store, clock } = seeded(seed);
    const up = store.upcomingItemsOfCustomer("demo-customer", clock.nowIso());
    expect(up.length).toBeGreaterThanOrEqual(12);
    expect(up.some((u) => u.item.status === "SellerCancelled" && u.item.cancellationMessage)).toBe(true);
    expect(up.some((u) => u.item.attendee)).toBe(true);
    expect(up.some((u) => u.item.accessCode)).toBe(true);
    expect(store.ordersOfCustomer("demo-customer").length - new Set(up.map((u) => u.order.identifier)).size).toBeGreaterThanOrEqual(12);
  });
});

describe("seed catalogue", () => {
  const { store, clock } = seeded(1);
  const series = [...store.series.values()];
  const offers = series.flatMap((s) => s.offers);

  test("sellers: 5+, logos, distinct access pass rules, varied link profiles", () => {
    const sellers = [...store.sellers.values()];
    expect(sellers.length).toBeGreaterThanOrEqual(5);
    expect(new Set(sellers.map((s) => s.accessPassPattern.source)).size).toBe(sellers.length);
    expect(new Set(sellers.map((s) => s.linkProfile)).size).toBeGreaterThanOrEqual(4);
    expect(sellers.every((s) => s.logoPath === `/assets/sellers/${s.slug}.svg`)).toBe(true);
    const pass = "AM00417263";
    expect(sellers.some((s) => s.accessPassPattern.test(pass))).toBe(true);
    expect(sellers.some((s) => !s.accessPassPattern.test(pass))).toBe(true);
  });

  test("venues and activities", () => {
    const venues = [...store.venues.values()];
    expect(venues.length).toBeGreaterThanOrEqual(15);
    expect(venues.some((v) => v.strayWhitespace && /^\s|\s$/.test(v.addressLocality + v.addressRegion))).toBe(true);
    expect(venues.every((v) => v.latitude > 49.9 && v.latitude < 59 && v.longitude > -6 && v.longitude < 2)).toBe(true);
    const activities = [...store.activities.values()];
    expect(activities.length).toBeGreaterThanOrEqual(30);
    expect(activities.every((a) => /^https:\/\/openactive\.io\/activity-list#[0-9a-f-]{36}$/.test(a.id))).toBe(true);
    expect(activities.map((a) => a.prefLabel)).toEqual(expect.arrayContaining(["Yoga", "Swimming", "Badminton", "Gym", "Aqua Aerobics"]));
  });

  test("sessions across the next 14 days, including high-frequency swim and gym", () => {
    const now = clock.now().getTime();
    const in14 = store.sessionsStartingBetween(clock.nowIso(), new Date(now + 14 * 86_400_000).toISOString());
    const days = new Set(in14.map((s) => s.startDate.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(14);
    const hf = series.filter((s) => s.highFrequency);
    const hfLabels = new Set(hf.flatMap((s) => store.activitiesOf(s).map((a) => a.prefLabel)));
    expect([...hfLabels].sort()).toEqual(["Gym", "Swimming"]);
    expect(in14.some((s) => s.remaining === 0)).toBe(true);
  });

  test("offers: GBP pence, adult/junior/concession/member, free, members-only, windows, entitlement prices", () => {
    expect(new Set(offers.map((o) => o.name))).toEqual(new Set(["Adult", "Junior", "Concession", "Member", "Free"]));
    expect(offers.every((o) => o.currency === "GBP" && Number.isInteger(o.pricePence))).toBe(true);
    expect(series.some((s) => s.offers.every((o) => o.pricePence === 0))).toBe(true);
    expect(series.some((s) => s.offers.every((o) => o.membershipRequired))).toBe(true);
    expect(new Set(offers.map((o) => o.cancellationWindowMinutes))).toEqual(new Set([0, 60, 1440, 2880, undefined]));
    expect(offers.some((o) => o.entitlementPricePence !== undefined)).toBe(true);
    expect(new Set(offers.map((o) => o.id)).size).toBe(offers.length);
    for (const o of offers) expect(store.offerById(o.id)?.offer).toBe(o);
  });

  test("customers, linked accounts, matching email", () => {
    const demo = store.customerById("demo-customer")!;
    expect(demo).toMatchObject({ email: "demo@example.com", givenName: "Alex", familyName: "Morgan" });
    expect(demo.telephone && demo.birthDate && demo.address && demo.emergencyContact && demo.accessPass && demo.entitlement).toBeTruthy();
    const linked = store.linkedAccountsOf("demo-customer");
    expect(linked).toHaveLength(1);
    expect(linked[0].accessPass).toBeTruthy();
    expect(linked[0].evidenceRequests.length).toBeGreaterThan(0);
    const unlinkedKnowing = [...store.sellers.values()].filter(
      (s) => s.id !== linked[0].sellerId && store.sellerKnowsEmail(s.id, "DEMO@example.com "),
    );
    expect(unlinkedKnowing).toHaveLength(1);
    expect(store.customerById("other-customer")?.email).toBe("other@example.com");
    expect(store.ordersOfCustomer("other-customer").length).toBeGreaterThan(0);
  });
});

describe("hot paths", () => {
  test("upcoming items of a customer with 50 bookings: well under 5 ms median", () => {
    const { store, clock } = seeded(1);
    expect(seedBulkBookings(store, "other-customer", 50, clock.nowIso())).toHaveLength(50);
    const now = clock.nowIso();
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      store.upcomingItemsOfCustomer("other-customer", now);
      times.push(performance.now() - t);
    }
    expect(store.upcomingItemsOfCustomer("other-customer", now).length).toBeGreaterThanOrEqual(50);
    expect(median(times)).toBeLessThan(1);
  });

  test("sessions in a 14-day window: well under 20 ms median", () => {
    const { store, clock } = seeded(1);
    const from = clock.nowIso();
    const to = new Date(clock.now().getTime() + 14 * 86_400_000).toISOString();
    store.sessionsByStart();
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      store.sessionsStartingBetween(from, to);
      times.push(performance.now() - t);
    }
    expect(median(times)).toBeLessThan(5);
  });
});

describe("fault rules", () => {
  test("global overlaid by the longest matching prefix", () => {
    const rules = [
      { route: "*", latencyMs: 100, errorRate: 0.1 },
      { route: "/api/v2", errorRate: 0.5 },
      { route: "/api/v2/order-items", latencyMs: 5 },
    ];
    expect(effectiveFault(rules, "/api/v2/order-items")).toEqual({ route: "/api/v2/order-items", latencyMs: 5, errorRate: 0.5 });
    expect(effectiveFault(rules, "/api/v2/orders/1")).toEqual({ route: "/api/v2", latencyMs: 100, errorRate: 0.5 });
    expect(effectiveFault(rules, "/api/v2x")).toEqual({ route: "*", latencyMs: 100, errorRate: 0.1 });
    expect(effectiveFault([], "/api/v2")).toBeUndefined();
  });

  test("env: SANDBOX_FAULTS (one rule or many) and SANDBOX_LATENCY_MS", () => {
    expect(faultsFromEnv({ SANDBOX_FAULTS: '{"errorRate":1}' })).toEqual([{ route: "*", errorRate: 1 }]);
    expect(faultsFromEnv({ SANDBOX_FAULTS: '[{"route":"/api/v2/orders","hangRate":0.5}]', SANDBOX_LATENCY_MS: "40" })).toEqual([
      { route: "/api/v2/orders", hangRate: 0.5 },
      { route: "*", latencyMs: 40 },
    ]);
    expect(() => faultsFromEnv({ SANDBOX_FAULTS: "{bad" })).toThrow(/SANDBOX_FAULTS/);
    expect(() => faultsFromEnv({ SANDBOX_FAULTS: '{"errorRate":"x"}' })).toThrow(/errorRate: .*expected number/);
    expect(() => faultsFromEnv({ SANDBOX_LATENCY_MS: "-3" })).toThrow(/SANDBOX_LATENCY_MS/);
  });
});
