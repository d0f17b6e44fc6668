import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { verifyLogin } from "@/lib/auth/verify-login";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { users } from "@/lib/db/schema";
import { iminRequest } from "@/lib/imin/http";
import { enqueue, stopBoss } from "@/lib/jobs/boss";
import { startJobWorkers } from "@/lib/jobs/start";
import { log } from "@/lib/observability/log";
import { startMetricsServer } from "@/lib/observability/metrics-server";
import { observeRequest } from "@/lib/observability/requests";
import { flushTracing, startTracing, stopTracing } from "@/lib/observability/tracing-sdk";
import { withSpan } from "@/lib/observability/tracing";
import { withTestDatabase } from "../support/database";
import { setTestEnv } from "../support/env";
import { type ReceivedSpan, startOtlpReceiver } from "../support/otlp-receiver";
import { parsePrometheusText, sampleValue } from "../support/prom-text";

/**
 * Observability end to end, in one process: traces reach a test OTLP receiver (an imin call and a
 * database query under one parent, a job continuing the trace of the request that queued it),
 * /metrics parses strictly and its counters move, and every log line is JSON without secrets.
 */

const API_KEY = "obs-imin-api-key-7f3a9c";
const WEBHOOK_KEY = "obs-webhook-key-51d0e2";
const PASSWORD = "obs-password-Zq8v!kP2";
const EMAIL = "obs-person@example.com";
const SESSION_COOKIE = "obs-session-cookie-9b7e";
const QUERY_TOKEN = "obs-query-token-c4d1";
const QUEUE = { name: "obs-trace-test", options: {} };

let imin: Server;
let iminUrl: string;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let portal: Server;
let portalUrl: string;
let metricsUrl: string;
const lines: string[] = [];
const jobData: Record<string, unknown>[] = [];

async function listen(server: Server): Promise<string> {
  if (!server.listening) await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function spansOf(traceId: string, expected: (spans: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
  return until(`spans of trace ${traceId}`, async () => {
    await flushTracing();
    const spans = receiver.spans.filter((s) => s.traceId === traceId);
    return expected(spans) && spans;
  });
}

async function scrape() {
  const response = await fetch(`${metricsUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const body = await response.text();
  return { body, families: parsePrometheusText(body) };
}

beforeAll(async () => {
  imin = createServer((req, res) => {
    if (req.url?.startsWith("/api/v2/orders/")) return void res.writeHead(503).end();
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  iminUrl = await listen(imin);
  receiver = await startOtlpReceiver();
  // The route patterns come from the build's manifests; these stand in for a build.
  const dist = mkdtempSync(path.join(tmpdir(), "obs-dist-"));
  writeFileSync(
    path.join(dist, "routes-manifest.json"),
    JSON.stringify({
      staticRoutes: [{ page: "/api/webhooks/imin", regex: "^/api/webhooks/imin(?:/)?$" }],
      dynamicRoutes: [{ page: "/bookings/[bookingId]", regex: "^/bookings/([^/]+?)(?:/)?$" }],
    }),
  );
  writeFileSync(
    path.join(dist, "app-path-routes-manifest.json"),
    JSON.stringify({ "/api/webhooks/imin/route": "/api/webhooks/imin", "/(app)/bookings/[bookingId]/page": "/bookings/[bookingId]" }),
  );
  process.env.NEXT_DIST_DIR = dist;
  setTestEnv({
    IMIN_API_KEY: API_KEY,
    IMIN_BOOKING_API_URL: `${iminUrl}/api/v2`,
    IMIN_WEBHOOK_API_KEY: WEBHOOK_KEY,
    IMIN_LOG: "info",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    TRUSTED_PROXY_HOPS: "0",
  });
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  startTracing(receiver.url, "obs-test");
  portal = createServer((req, res) =>
    observeRequest(req, res, () => {
      log().info({ probe: "inside" }, "handler ran");
      res.writeHead(req.headers["x-api-key"] === WEBHOOK_KEY ? 204 : 401).end();
    }),
  );
  portalUrl = await listen(portal);
  const metricsServer = startMetricsServer(0, "127.0.0.1");
  metricsUrl = await listen(metricsServer);
});

afterAll(async () => {
  await stopBoss(0);
  await stopTracing();
  vi.restoreAllMocks();
  delete process.env.NEXT_DIST_DIR;
  await Promise.all([imin, portal].map((s) => new Promise((r) => s.close(r))));
  await receiver.close();
});

describe("observability", () => {
  withTestDatabase("pglite");

  let visitTrace = "";

  test("one trace holds the parent span, the imin call (endpoint template, status, attempt) and the database query", async () => {
    const parent = await withSpan(
      "test visit",
      {},
      async (span) => {
        await iminRequest({ service: "booking", path: "customers/abc-123/accounts", query: { token: QUERY_TOKEN } });
        await (await getDb()).select().from(users).limit(1);
        // As Next.js makes its request and fetch spans: the URL as the client sent it.
        trace
          .getTracer("next.js")
          .startSpan("GET", {
            attributes: { "http.target": `/bookings/xyz-789?token=${QUERY_TOKEN}`, "http.url": `${iminUrl}/x?token=${QUERY_TOKEN}` },
          })
          .end();
        return span.spanContext();
      },
      true,
    );
    visitTrace = parent.traceId;
    const spans = await spansOf(parent.traceId, (s) => s.some((x) => x.name === "test visit") && s.some((x) => x.name === "db.query"));
    const call = spans.find((s) => s.name.startsWith("imin GET"))!;
    expect(call).toBeDefined();
    expect(call.parentSpanId).toBe(parent.spanId);
    expect(call.attributes).toMatchObject({
      "imin.api": "booking",
      "imin.endpoint": "/customers/:id/accounts",
      "imin.attempt": 1,
      "http.response.status_code": 200,
    });
    // A request's target is exported as its route pattern, a URL without its query.
    expect(spans.find((s) => s.name === "GET")?.attributes).toMatchObject({
      "http.target": "/bookings/[bookingId]",
      "http.url": `${iminUrl}/x`,
    });
    const query = spans.find((s) => s.name === "db.query")!;
    expect(query.parentSpanId).toBe(parent.spanId);
    expect(String(query.attributes["db.statement"])).toMatch(/^select .* from "users"/i);
    expect(spans.every((s) => s.service === "obs-test")).toBe(true);
    expect(JSON.stringify(receiver.spans)).not.toContain(QUERY_TOKEN);
    expect(JSON.stringify(receiver.spans)).not.toContain(API_KEY);
  });

  test("a job queued inside a traced request continues that trace; its data arrives without the carrier", async () => {
    await startJobWorkers(
      [
        {
          queue: QUEUE,
          handle: async (data) => {
            jobData.push(data);
            await (await getDb()).select().from(users).limit(1);
          },
        },
      ],
      { scanMinutes: 5 },
    );
    const parent = await withSpan("test request", {}, async (span) => {
      await enqueue(QUEUE, { n: 1 });
      return span.spanContext();
    });
    await until("the job to run", () => jobData.length === 1);
    expect(jobData[0]).toEqual({ n: 1 });
    const ownQuery = (x: ReceivedSpan) => x.name === "db.query" && String(x.attributes["db.statement"]).includes('from "users"');
    const spans = await spansOf(parent.traceId, (s) => s.some((x) => x.name === `job ${QUEUE.name}`) && s.some(ownQuery));
    const run = spans.find((s) => s.name === `job ${QUEUE.name}`)!;
    expect(run.parentSpanId).toBe(parent.spanId);
    expect(spans.find(ownQuery)!.parentSpanId).toBe(run.spanId);
    // The job's queueing (pg-boss' insert) is a query of the request itself.
    expect(spans.find((s) => String(s.attributes["db.statement"]).includes("INSERT INTO pgboss.job"))?.parentSpanId).toBe(parent.spanId);
  });

  test("/metrics parses strictly and its counters move as calls, sign-ins and requests happen", async () => {
    const before = await scrape();
    await iminRequest({ service: "booking", path: "customers/abc-123/accounts" });
    await expect(iminRequest({ service: "booking", path: "orders/order-456" })).rejects.toThrow();
    expect((await verifyLogin(EMAIL, PASSWORD, "203.0.113.9")).ok).toBe(false);
    const webhook = await fetch(`${portalUrl}/api/webhooks/imin?token=${QUERY_TOKEN}`, {
      method: "POST",
      headers: { cookie: `authjs.session-token=${SESSION_COOKIE}` },
    });
    expect(webhook.status).toBe(401);
    expect((await fetch(`${portalUrl}/bookings/xyz-789`, { headers: { "x-api-key": WEBHOOK_KEY } })).status).toBe(204);
    const action = await fetch(`${portalUrl}/bookings/xyz-789`, { method: "POST", headers: { "x-api-key": WEBHOOK_KEY } });
    expect(action.status).toBe(204);
    const after = await scrape();

    const moved = (name: string, labels: Record<string, string>) =>
      sampleValue(after.families, name, labels) - sampleValue(before.families, name, labels);
    const ok = { api: "booking", method: "GET", endpoint: "/customers/:id/accounts", outcome: "2xx" };
    expect(moved("portal_imin_requests_total", ok)).toBe(1);
    expect(moved("portal_imin_request_duration_seconds_count", ok)).toBe(1);
    // Two retries after the first 503, each counted as a retry.
    expect(moved("portal_imin_requests_total", { endpoint: "/orders/:id", outcome: "5xx", retry: "false" })).toBe(1);
    expect(moved("portal_imin_requests_total", { endpoint: "/orders/:id", outcome: "5xx", retry: "true" })).toBe(2);
    expect(moved("portal_sign_in_attempts_total", { outcome: "failure" })).toBe(1);
    expect(moved("portal_webhook_receipts_total", { outcome: "unauthorized" })).toBe(1);
    expect(moved("portal_http_requests_total", { route: "/api/webhooks/imin", kind: "route", status_class: "4xx" })).toBe(1);
    expect(moved("portal_http_requests_total", { route: "/bookings/[bookingId]", kind: "page", status_class: "2xx" })).toBe(1);
    expect(moved("portal_http_requests_total", { route: "/bookings/[bookingId]", kind: "action", status_class: "2xx" })).toBe(1);
    expect(moved("portal_job_runs_total", { queue: QUEUE.name })).toBe(0);
    expect(sampleValue(after.families, "portal_job_runs_total", { queue: QUEUE.name, outcome: "ok" })).toBe(1);

    for (const family of [
      "portal_http_request_duration_seconds",
      "portal_job_queue_waiting",
      "portal_job_queue_oldest_waiting_seconds",
      "portal_mail_outbox",
      "portal_active_sessions",
      "nodejs_eventloop_lag_seconds",
      "nodejs_heap_size_used_bytes",
      "nodejs_gc_duration_seconds",
    ]) {
      expect(after.families.has(family), family).toBe(true);
    }
    expect(after.families.get("portal_http_request_duration_seconds")!.type).toBe("histogram");
    expect(sampleValue(after.families, "portal_job_queue_waiting", { queue: QUEUE.name })).toBe(0);
    expect(
      after.families
        .get("portal_mail_outbox")!
        .samples.map((s) => s.labels.status)
        .sort(),
    ).toEqual(["failed", "pending", "sending"]);
    // Labels hold templates, never ids, tokens or addresses.
    for (const text of ["abc-123", "order-456", "xyz-789", QUERY_TOKEN, "203.0.113.9"]) expect(after.body).not.toContain(text);
    expect((await fetch(`${metricsUrl}/other`)).status).toBe(404);
  });

  test("the request id is made per request unless a trusted proxy sent one, and is on that request's log lines", async () => {
    const made = await fetch(`${portalUrl}/bookings/one`, { headers: { "x-request-id": "client-chosen-id" } });
    const id = made.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const trust = (hops: string) => {
      process.env.TRUSTED_PROXY_HOPS = hops;
      resetEnvCache();
    };
    trust("1");
    try {
      const trusted = await fetch(`${portalUrl}/bookings/two`, { headers: { "x-request-id": "proxy-id-42" } });
      expect(trusted.headers.get("x-request-id")).toBe("proxy-id-42");
      const bad = await fetch(`${portalUrl}/bookings/three`, { headers: { "x-request-id": "bad id with spaces" } });
      expect(bad.headers.get("x-request-id")).not.toContain("bad");
    } finally {
      trust("0");
    }
    const entries = lines
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const handled = entries.filter((e) => e.requestId === id);
    expect(handled.map((e) => e.msg).sort()).toEqual(["handler ran", "request"]);
    expect(handled.find((e) => e.msg === "request").http).toMatchObject({ method: "GET", route: "/bookings/[bookingId]", status: 401 });
    expect(entries.some((e) => e.requestId === "proxy-id-42")).toBe(true);
    expect(entries.some((e) => e.requestId === "client-chosen-id")).toBe(false);
  });

  test("every log line is JSON with level and time; none holds the API key, a password, a cookie, a token or an address", async () => {
    log().info({ password: PASSWORD, token: QUERY_TOKEN, user: { email: EMAIL }, headers: { cookie: SESSION_COOKIE } }, "redaction probe");
    log().warn({ reason: `upstream said ${API_KEY}` }, "secret in free text");
    const text = lines.join("");
    const entries = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    for (const e of entries) {
      expect(["trace", "debug", "info", "warn", "error", "fatal"]).toContain(e.level);
      expect(Number.isNaN(Date.parse(e.time))).toBe(false);
      expect(typeof e.msg).toBe("string");
    }
    // The imin call inside the traced visit carries its trace id and the call's fields.
    const call = entries.find((e) => e.imin?.endpoint === "/customers/:id/accounts" && e.traceId === visitTrace);
    expect(call?.imin).toMatchObject({ api: "booking", method: "GET", status: 200 });
    expect(entries.some((e) => e.signIn?.outcome === "failure")).toBe(true);
    expect(entries.some((e) => e.job?.outcome === "ok" && e.queue === QUEUE.name)).toBe(true);
    expect(entries.find((e) => e.msg === "redaction probe")).toMatchObject({ password: "[redacted]", token: "[redacted]" });
    for (const secret of [API_KEY, WEBHOOK_KEY, PASSWORD, EMAIL, SESSION_COOKIE, QUERY_TOKEN, "203.0.113.9"]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
