import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { type ReceivedSpan, startOtlpReceiver } from "../tests/support/otlp-receiver";
import { parsePrometheusText, sampleValue } from "../tests/support/prom-text";
import { SignInPage } from "./pages/sign-in-page";
import { E2E, expect, test } from "./fixtures";
import { sandboxAsIminEnv } from "./support/portal";

/**
 * Observability on a built portal (its own process on E2E_BRAND_PORT, like the OpenID spec):
 * tracing to a test OTLP receiver, metrics on a port of their own, JSON logs. A signed-in
 * /bookings view makes one trace holding Next's request span, the imin call and the session
 * query; /metrics counts the sign-in and the page; no log line holds a key, the password, the
 * email or the session cookie.
 */
test.describe.configure({ mode: "serial" });

const PORT = E2E.brandPort;
const BASE = `http://localhost:${PORT}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-obs-e2e-"));
let portal: ChildProcess | undefined;
let output = "";
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let metricsPort = 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function scrape() {
  const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  expect(res.status).toBe(200);
  return parsePrometheusText(await res.text());
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  receiver = await startOtlpReceiver();
  metricsPort = await freePort();
  portal = spawn(process.execPath, [path.join(E2E.root, "scripts/serve.mjs"), "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: E2E.root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: E2E.distDir,
      PORT: String(PORT),
      PORTAL_URL: BASE,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      ...sandboxAsIminEnv(),
      IMIN_LOG: "info",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      METRICS_PORT: String(metricsPort),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      AUTH_SECURE_COOKIES: "false",
      BROKER_CONFIG: "brands/default.json",
      SEED_DEMO_LOGIN: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  portal.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  portal.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (portal.exitCode !== null) throw new Error(`portal exited (${portal.exitCode}):\n${output.slice(-4000)}`);
    const res = await fetch(`${BASE}/sign-in`).catch(() => undefined);
    if (res?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`portal did not start:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
});

test.afterAll(async () => {
  const child = portal;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  await receiver?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a signed-in /bookings view: one trace with the imin call and the session query, counted in /metrics, logged as JSON without secrets", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = await scrape();
  await page.goto(`${BASE}/sign-in`);
  await new SignInPage(page).signIn(E2E.demo.email, E2E.demo.password);
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  const response = await page.goto(`${BASE}/bookings`);
  expect(response?.status()).toBe(200);
  const requestId = response?.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  // Traces leave in batches (every 5 s): wait for the view's.
  let trace: ReceivedSpan[] = [];
  await expect
    .poll(
      () => {
        const roots = receiver.spans.filter((s) => s.attributes["next.route"] === "/bookings" && s.name === "GET /bookings");
        for (const root of roots) {
          const spans = receiver.spans.filter((s) => s.traceId === root.traceId);
          if (spans.some((s) => s.name.startsWith("imin GET")) && spans.some((s) => s.name === "db.query")) trace = spans;
        }
        return trace.length;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  expect(trace.find((s) => s.name.startsWith("imin GET"))?.attributes).toMatchObject({ "imin.api": "booking", "imin.attempt": 1 });
  expect(new Set(trace.map((s) => s.service))).toEqual(new Set(["imin-portal"]));
  const exported = JSON.stringify(receiver.spans);
  expect(exported).not.toContain(E2E.apiKey);
  expect(exported).not.toContain("customerIdentifier=");

  const after = await scrape();
  const moved = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
  expect(moved("portal_sign_in_attempts_total", { outcome: "success" })).toBe(1);
  expect(moved("portal_http_requests_total", { route: "/bookings", kind: "page", status_class: "2xx" })).toBeGreaterThanOrEqual(1);
  expect(moved("portal_imin_requests_total", { api: "booking", outcome: "2xx" })).toBeGreaterThanOrEqual(1);
  expect(sampleValue(after, "portal_active_sessions")).toBeGreaterThanOrEqual(1);

  // Give the last lines a moment, then read every JSON line the portal printed.
  await new Promise((r) => setTimeout(r, 500));
  const entries = output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(entries.find((e) => e.requestId === requestId && e.msg === "request")).toMatchObject({
    http: { method: "GET", route: "/bookings", kind: "page", status: 200 },
  });
  expect(entries.some((e) => (e.signIn as { outcome?: string } | undefined)?.outcome === "success")).toBe(true);
  const cookies = (await page.context().cookies()).map((c) => c.value).filter((v) => v.length >= 16);
  expect(cookies.length).toBeGreaterThan(0);
  for (const secret of [E2E.apiKey, E2E.webhookKey, E2E.demo.password, E2E.demo.email, ...cookies]) {
    expect(output).not.toContain(secret);
  }
});
