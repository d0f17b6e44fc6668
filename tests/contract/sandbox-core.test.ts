import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import * as s from "@/lib/imin/schemas";
import { startTestSandbox, TEST_API_KEY, type TestSandbox } from "../support/sandbox";

/** Sandbox plumbing over real HTTP: auth, errors, faults, clock, admin, webhooks, assets. */

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb.close();
});
afterEach(() => {
  sb.ctx.config.faults = [];
  sb.ctx.clock.reset();
});

const DEMO = "/api/v2/customer-accounts/demo-customer";

describe("X-API-KEY", () => {
  test.each([
    ["missing", null],
    ["wrong", "not-the-key"],
    ["empty", ""],
  ])("%s key → 401 InvalidAPITokenError with an OpenActive body", async (_name, key) => {
    for (const path of [DEMO, "/events-api/v2/event-series", "/admin/state", "/api/checkout-sessions"]) {
      const { status, body } = await sb.apiJson(path, { key });
      expect(status, path).toBe(401);
      expect(body).toMatchObject({ "@context": "https://openactive.io/", "@type": "InvalidAPITokenError" });
      expect(s.parseImin(s.errorBody, body).description).toBeTruthy();
    }
  });

  test("header name is case-insensitive", async () => {
    for (const name of ["X-API-KEY", "x-api-key", "X-Api-Key"]) {
      const res = await sb.api(DEMO, { key: null, headers: { [name]: TEST_API_KEY } });
      expect(res.status, name).toBe(200);
    }
  });

  test("assets are public; logos are SVG", async () => {
    const res = await sb.api("/assets/sellers/northern-active.svg", { key: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
    expect(await res.text()).toContain("<svg");
    for (const seller of sb.ctx.store.sellers.values()) {
      expect((await sb.api(seller.logoPath, { key: null })).status).toBe(200);
    }
    expect((await sb.api("/assets/sellers/nope.svg", { key: null })).status).toBe(404);
  });
});

describe("errors", () => {
  test("unknown route → 404 NotFoundError JSON, with or without the key", async () => {
    for (const path of ["/api/v2/nothing-here", "/nothing"]) {
      const { status, body } = await sb.apiJson(path);
      expect(status).toBe(404);
      expect(body["@type"]).toBe("NotFoundError");
    }
  });

  test("oversize body → 413 before anything else; malformed JSON → 400", async () => {
    const big = await sb.api("/admin/faults", { method: "PUT", body: "x".repeat(sb.ctx.config.bodyLimitBytes + 1) });
    expect(big.status).toBe(413);
    const bad = await sb.apiJson("/admin/clock", { method: "POST", body: '{"set":', headers: { "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect(bad.body["@type"]).toBe("InvalidRequestError");
  });

  test("hostile inputs never 500", async () => {
    const bodies = [
      "",
      "\u0000",
      "{}",
      "[]",
      '{"__proto__":{"x":1}}',
      '{"customer":{"email":{"$gt":""}}}',
      '"'.repeat(1000),
      "{".repeat(5000),
    ];
    const paths = [
      "/api/v2/customer-accounts",
      `${DEMO}/actions`,
      "/admin/faults",
      "/admin/clock",
      "/admin/reset",
      "/admin/webhooks/config",
    ];
    for (const path of paths) {
      for (const body of bodies) {
        const method = path.startsWith("/admin/faults") || path.endsWith("config") ? "PUT" : "POST";
        const res = await sb.api(path, { method, body, headers: { "content-type": "application/json" } });
        expect(res.status, `${method} ${path} ${body.slice(0, 20)}`).toBeLessThan(500);
        await res.arrayBuffer();
      }
    }
    const odd = await sb.api(`/api/v2/customer-accounts/${encodeURIComponent("%00../../etc")}`);
    expect(odd.status).toBe(404);
  });
});

describe("faults", () => {
  const setFaults = (rules: unknown) => sb.apiJson("/admin/faults", { method: "PUT", json: rules });

  test("latency applies to the API, not to /admin", async () => {
    expect((await setFaults({ rules: [{ route: "*", latencyMs: 250 }] })).status).toBe(200);
    let t = performance.now();
    await sb.api(DEMO);
    expect(performance.now() - t).toBeGreaterThanOrEqual(240);
    t = performance.now();
    await sb.api("/admin/state");
    expect(performance.now() - t).toBeLessThan(200);
  });

  test("per-route rules: errorRate 1 answers 500 or 503 on that route only", async () => {
    await setFaults([{ route: "/api/v2/customer-accounts", errorRate: 1, errorStatus: 503 }]);
    const hit = await sb.apiJson(DEMO);
    expect(hit.status).toBe(503);
    expect(hit.body["@type"]).toBeTruthy();
    const other = await sb.api("/api/v2/not-a-route");
    expect(other.status).toBe(404);
    await setFaults({ route: "*", errorRate: 1, errorStatus: 500 });
    const all = await sb.apiJson(DEMO);
    expect(all.status).toBe(500);
    expect(all.body["@type"]).toBe("InternalApplicationError");
    await setFaults({ route: "*", errorRate: 1 });
    const seen = new Set<number>();
    for (let i = 0; i < 30; i++) seen.add((await sb.api(DEMO)).status);
    expect([...seen].every((st) => st === 500 || st === 503)).toBe(true);
  });

  test("hang: the client's timeout fires first", async () => {
    await setFaults({ route: "/api/v2/customer-accounts", hangRate: 1 });
    const t = performance.now();
    await expect(sb.api(DEMO, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - t).toBeLessThan(2000);
    // the server is still healthy for everything else
    expect((await sb.api("/admin/state")).status).toBe(200);
  });

  test("malformed JSON: a 200 whose body does not parse", async () => {
    await setFaults({ route: "*", malformedRate: 1 });
    const res = await sb.api(DEMO);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  test("GET/DELETE /admin/faults; invalid rules → 400 naming the field", async () => {
    await setFaults({ route: "*", latencyMs: 5 });
    expect((await sb.apiJson("/admin/faults")).body.rules).toEqual([{ route: "*", latencyMs: 5 }]);
    const bad = await setFaults({ route: "*", errorRate: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.description).toContain("errorRate");
    expect((await sb.apiJson("/admin/faults", { method: "DELETE" })).body.rules).toEqual([]);
  });

  test("faults given at start (as SANDBOX_FAULTS does)", async () => {
    const other = await startTestSandbox({ faults: [{ route: "*", errorRate: 1, errorStatus: 503 }] });
    try {
      expect((await other.api(DEMO)).status).toBe(503);
      expect((await other.api("/admin/state")).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe("clock", () => {
  test("set, advance, reset through /admin/clock", async () => {
    const set = await sb.apiJson("/admin/clock", { method: "POST", json: { set: "2030-01-01T09:00:00Z" } });
    expect(set.status).toBe(200);
    expect(Date.parse(set.body.now) - Date.parse("2030-01-01T09:00:00Z")).toBeLessThan(1000);
    const adv = await sb.apiJson("/admin/clock", { method: "POST", json: { advanceMinutes: 90 } });
    expect(Date.parse(adv.body.now) - Date.parse("2030-01-01T10:30:00Z")).toBeLessThan(1000);
    expect(sb.ctx.clock.now().getUTCFullYear()).toBe(2030);
    const reset = await sb.apiJson("/admin/clock", { method: "POST", json: { reset: true } });
    expect(Math.abs(Date.parse(reset.body.now) - Date.now())).toBeLessThan(1000);
    const bad = await sb.apiJson("/admin/clock", { method: "POST", json: { set: "tomorrow" } });
    expect(bad.status).toBe(400);
    expect(bad.body.description).toContain("set");
  });
});

describe("admin", () => {
  test("reset reseeds (same seed, same data; other seed, other data) and returns the state", async () => {
    const first = await sb.apiJson("/admin/reset", { method: "POST" });
    expect(first.status).toBe(200);
    expect(first.body.counts.sellers).toBeGreaterThanOrEqual(5);
    expect(first.body.counts.venues).toBeGreaterThanOrEqual(15);
    expect(first.body.counts.activities).toBeGreaterThanOrEqual(30);
    const series1 = [...sb.ctx.store.series.values()].map((x) => x.name).join();
    await sb.apiJson("/admin/reset", { method: "POST", json: { seed: 7 } });
    const series7 = [...sb.ctx.store.series.values()].map((x) => x.name).join();
    expect(series7).not.toBe(series1);
    await sb.apiJson("/admin/reset", { method: "POST", json: { seed: 1 } });
    expect([...sb.ctx.store.series.values()].map((x) => x.name).join()).toBe(series1);
    expect((await sb.apiJson("/admin/reset", { method: "POST", json: { seed: "x" } })).status).toBe(400);
  });

  test("bulk bookings for the benchmark", async () => {
    const { status, body } = await sb.apiJson("/admin/customers/other-customer/bulk-bookings", { method: "POST", json: { count: 50 } });
    expect(status).toBe(201);
    expect(body.created).toBe(50);
    const upcoming = sb.ctx.store.upcomingItemsOfCustomer("other-customer", sb.ctx.clock.nowIso());
    expect(upcoming.length).toBeGreaterThanOrEqual(50);
    expect((await sb.apiJson("/admin/customers/nobody/bulk-bookings", { method: "POST", json: { count: 1 } })).status).toBe(404);
    expect((await sb.apiJson("/admin/customers/other-customer/bulk-bookings", { method: "POST", json: { count: 0 } })).status).toBe(400);
    sb.ctx.reseed(1);
  });

  test("a session created with given offers is searchable and bookable with exactly those offers", async () => {
    const startDate = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = await sb.apiJson("/admin/sessions", {
      method: "POST",
      json: {
        seller: "northern-active",
        name: "Junior Swim",
        activity: "Swimming",
        startDate,
        capacity: 10,
        remaining: 4,
        offers: [
          { name: "Adult", pricePence: 800, ageMin: 16, cancellationWindowMinutes: 60 },
          { name: "Junior", pricePence: 400, ageMax: 15 },
        ],
      },
    });
    expect(created.status).toBe(201);
    const { body: detail } = await sb.apiJson(`/events-api/v2/scheduled-sessions/${created.body.session.id}`);
    expect(detail.startDate).toBe(startDate);
    expect(detail.remainingAttendeeCapacity).toBe(4);
    expect(detail["imin:checkoutUrlTemplate"]).toBeTruthy();
    expect(detail.superEvent.name.trim()).toBe("Junior Swim");
    expect(detail.superEvent.offers.map((o: any) => [o.name, o.price, o.ageRange?.minValue, o.ageRange?.maxValue])).toEqual([
      ["Adult", 8, 16, undefined],
      ["Junior", 4, undefined, 15],
    ]);

    const full = await sb.apiJson("/admin/sessions", {
      method: "POST",
      json: { seller: "northern-active", remaining: 0, offers: [{ name: "Adult", pricePence: 500 }] },
    });
    const { body: fullDetail } = await sb.apiJson(`/events-api/v2/scheduled-sessions/${full.body.session.id}`);
    expect(fullDetail.remainingAttendeeCapacity).toBe(0);
    expect(fullDetail["imin:checkoutUrlTemplate"]).toBeUndefined();

    const unknownSeller = await sb.apiJson("/admin/sessions", {
      method: "POST",
      json: { seller: "nobody", offers: [{ name: "A", pricePence: 1 }] },
    });
    expect(unknownSeller.status).toBe(404);
    const noOffers = await sb.apiJson("/admin/sessions", { method: "POST", json: { seller: "northern-active", offers: [] } });
    expect(noOffers.status).toBe(400);
    expect(noOffers.body.description).toContain("offers");
    sb.ctx.reseed(1);
  });
});

describe("webhooks", () => {
  let receiver: Server;
  let receiverUrl: string;
  let plan: number[] = [];
  const calls: { key?: string; body: unknown }[] = [];

  beforeAll(async () => {
    receiver = createServer((req: IncomingMessage, res) => {
      let data = "";
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => {
        calls.push({ key: req.headers["x-api-key"] as string | undefined, body: JSON.parse(data) });
        res.statusCode = plan.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((r) => receiver.close(r));
  });

  const configure = (json: object) => sb.apiJson("/admin/webhooks/config", { method: "PUT", json });

  test("no URL configured: recorded as skipped", async () => {
    await configure({ url: null });
    const delivery = sb.ctx.webhooks.notifyCustomerChanged("demo-customer", "test");
    expect(delivery.state).toBe("skipped");
  });

  test("a receiver that fails twice then answers 204: three attempts recorded", async () => {
    calls.length = 0;
    plan = [500, 503, 204];
    const cfg = await configure({
      url: receiverUrl,
      apiKey: "broker-webhook-key",
      maxAttempts: 6,
      baseDelayMs: 5,
      maxDelayMs: 20,
      jitter: 0,
    });
    expect(cfg.status).toBe(200);
    const delivery = sb.ctx.webhooks.notifyCustomerChanged("demo-customer", "access-pass-changed");
    await sb.ctx.webhooks.idle();
    expect(delivery.state).toBe("delivered");
    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 503, 204]);
    expect(calls).toHaveLength(3);
    expect(calls[0].key).toBe("broker-webhook-key");
    const body = s.parseImin(s.customerDetailChange, calls[0].body);
    expect(body).toMatchObject({
      type: "CustomerAccount",
      identifier: "demo-customer",
      id: `${sb.url}/api/v2/customer-accounts/demo-customer`,
    });
    const listed = await sb.apiJson("/admin/webhooks/deliveries?customerId=demo-customer");
    expect(listed.body.items.find((d: { id: string }) => d.id === delivery.id).attempts).toHaveLength(3);
  });

  test("a receiver that always fails: gives up after maxAttempts", async () => {
    calls.length = 0;
    plan = Array(10).fill(500);
    await configure({ url: receiverUrl, maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 10 });
    const delivery = sb.ctx.webhooks.notifyCustomerChanged("other-customer", "disconnected");
    await sb.ctx.webhooks.idle();
    expect(delivery.state).toBe("failed");
    expect(delivery.attempts).toHaveLength(4);
    expect(calls).toHaveLength(4);
  });

  test("an unreachable receiver is retried too", async () => {
    await configure({ url: "http://127.0.0.1:9/unreachable", maxAttempts: 2, baseDelayMs: 5 });
    const delivery = sb.ctx.webhooks.notifyCustomerChanged("other-customer", "x");
    await sb.ctx.webhooks.idle();
    expect(delivery.state).toBe("failed");
    expect(delivery.attempts.every((a) => a.error)).toBe(true);
  });

  test("backoff doubles up to the cap", () => {
    sb.ctx.config.webhookRetry = { ...sb.ctx.config.webhookRetry, baseDelayMs: 500, maxDelayMs: 3000, jitter: 0 };
    expect([2, 3, 4, 5, 6].map((n) => sb.ctx.webhooks.delayBefore(n))).toEqual([500, 1000, 2000, 3000, 3000]);
  });
});
