import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

const imin = vi.hoisted(() => ({ calls: 0, answer: (): Promise<unknown> => Promise.resolve({}) }));
const ping = vi.hoisted(() => vi.fn(async () => undefined));

vi.mock("@/lib/imin/http", () => ({
  iminRequest: () => {
    imin.calls++;
    return imin.answer();
  },
}));
vi.mock("@/lib/db/client", () => ({ getDatabase: async () => ({ ping }) }));
vi.mock("@/lib/jobs/summary", () => ({
  jobsSummary: async () => ({ ok: true, workersHere: true, waiting: 0, failed: 0, failedQueues: [] }),
}));
vi.mock("@/lib/accounts/ambiguous-creates", () => ({ ambiguousCreateCount: async () => 0 }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ IMIN_TIMEOUT_MS: 3000 }) }));

beforeEach(() => {
  imin.calls = 0;
  imin.answer = () => Promise.resolve({});
  ping.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("health", () => {
  test("the liveness check answers without calling imin or the database, however often it is asked", async () => {
    const { GET } = await import("@/app/api/health/route");
    const answers = await Promise.all(Array.from({ length: 50 }, () => GET()));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(imin.calls).toBe(0);
    expect(ping).not.toHaveBeenCalled();
  });

  test("a flood of readiness checks costs imin one call per few seconds, and each still checks the database", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-01-01T10:00:00Z"));
    const { GET } = await import("@/app/api/health/ready/route");
    const { IMIN_PROBE_CACHE_MS, forgetIminProbe } = await import("@/app/api/health/ready/data");
    forgetIminProbe();
    const flood = await Promise.all(Array.from({ length: 100 }, () => GET()));
    expect(flood.every((r) => r.status === 200)).toBe(true);
    expect(imin.calls).toBe(1);
    expect(ping).toHaveBeenCalledTimes(100);
    const body = await flood[0]!.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true }, imin: { ok: true }, accounts: { ambiguousCreates: 0 } });

    vi.setSystemTime(Date.now() + IMIN_PROBE_CACHE_MS - 1);
    await GET();
    expect(imin.calls).toBe(1);
    vi.setSystemTime(Date.now() + 2);
    await GET();
    expect(imin.calls).toBe(2);
  });

  test("readiness says degraded (503) while imin is unreachable, and recovers after the cached answer expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-01-01T11:00:00Z"));
    const { GET } = await import("@/app/api/health/ready/route");
    const { IMIN_PROBE_CACHE_MS, forgetIminProbe } = await import("@/app/api/health/ready/data");
    forgetIminProbe();
    imin.answer = () => Promise.reject(new Error("ECONNREFUSED"));
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "degraded", imin: { ok: false, detail: "unreachable" } });
    imin.answer = () => Promise.resolve({});
    expect((await GET()).status).toBe(503);
    vi.setSystemTime(Date.now() + IMIN_PROBE_CACHE_MS);
    expect((await GET()).status).toBe(200);
  });
});
