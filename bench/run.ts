/**
 * `npm run bench`: prints numbers, asserts nothing. Each section states its target so a reader can
 * compare; CI does not run this (timings on a shared 2-core machine are not pass/fail material).
 *
 *   1. sandbox hot paths (no injected latency): upcoming items for 50 bookings, a 50-result search
 *   2. portal page time with 150 ms injected on every imin call, as a ratio of that latency
 *   3. first-load JS (gzipped) of /bookings and /book against an empty page of the same Next.js
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { firstLoadJsBytes, kb } from "./lib/first-load-js";
import { signIn } from "./lib/portal-session";
import { startProcess, waitForHttp } from "./lib/processes";
import { fmt, median, percentile, timeRuns } from "./lib/stats";

const root = path.resolve(__dirname, "..");
const SANDBOX_KEY = "sandbox-api-key";
const INJECTED_MS = 150;
const lines: string[] = [];
const report = (line: string) => {
  lines.push(line);
  console.log(line);
};

async function sandboxHotPaths() {
  const { startSandbox } = await import("../sandbox/main");
  const sandbox = await startSandbox({ port: 4620, apiKey: SANDBOX_KEY });
  const api = (p: string, init: RequestInit = {}) =>
    fetch(sandbox.url + p, {
      ...init,
      headers: { "X-API-KEY": SANDBOX_KEY, "Content-Type": "application/json", ...(init.headers ?? {}) },
    });
  try {
    const created = await api("/api/v2/customer-accounts", {
      method: "POST",
      body: JSON.stringify({
        "@context": "https://openactive.io/",
        "@type": "CustomerAccount",
        customer: { "@type": "Person", email: "bench@example.com", givenName: "Bench", familyName: "Mark" },
      }),
    });
    const customerId = (await created.json()).identifier as string;
    const bulk = await api(`/admin/customers/${customerId}/bulk-bookings`, {
      method: "POST",
      body: JSON.stringify({ count: 50 }),
    });
    if (!bulk.ok) throw new Error(`bulk bookings: ${bulk.status} ${await bulk.text()}`);

    const itemsUrl = `/api/v2/order-items?customerIdentifier=${customerId}&page=1`;
    const items = await (await api(itemsUrl)).json();
    const upcoming = await timeRuns(async () => (await api(itemsUrl)).arrayBuffer(), 200, 20);
    report(
      `sandbox  upcoming order items (customer with ${items["imin:totalItems"]} upcoming)  median ${fmt(median(upcoming))}  p95 ${fmt(percentile(upcoming, 95))}  target < 5 ms median`,
    );

    const searchUrl =
      "/events-api/v2/event-series?mode=upcoming-sessions&geo[radial]=51.5074,-0.1278,500&limit=50&iminTag=HighFrequencySession";
    const search = await (await api(searchUrl)).json();
    const searchRuns = await timeRuns(async () => (await api(searchUrl)).arrayBuffer(), 100, 10);
    report(
      `sandbox  event-series search (${search["imin:item"]?.length ?? 0} results)  median ${fmt(median(searchRuns))}  p95 ${fmt(percentile(searchRuns, 95))}  target < 20 ms median`,
    );
  } finally {
    await sandbox.close();
  }
}

async function portalPages() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
  const port = 3620;
  const sandboxPort = 4621;
  const portal = startProcess(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    { PORT: String(port), SANDBOX_PORT: String(sandboxPort), DATA_DIR: dataDir, NEXT_DIST_DIR: ".next-bench-portal" },
    root,
  );
  const base = `http://127.0.0.1:${port}`;
  const sandboxBase = `http://127.0.0.1:${sandboxPort}`;
  const admin = (p: string, init: RequestInit = {}) =>
    fetch(sandboxBase + p, { ...init, headers: { "X-API-KEY": SANDBOX_KEY, "Content-Type": "application/json" } });
  try {
    await waitForHttp(`${base}/api/health`, 15 * 60_000, portal);
    const cookie = await signIn(base, "demo@example.com", "sandbox-demo-2026");
    const page = async (p: string) => {
      const res = await fetch(base + p, { headers: { cookie }, redirect: "manual" });
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
      return res.text();
    };

    const orders = await (await admin("/api/v2/orders?customerIdentifier=demo-customer&page=1")).json();
    const orderId = orders["imin:item"][0].identifier as string;
    const pages = ["/bookings", `/orders/${orderId}`, "/book?limit=50&hf=1"];

    const setLatency = (ms: number) =>
      admin("/admin/faults", { method: "PUT", body: JSON.stringify({ rules: ms ? [{ route: "*", latencyMs: ms }] : [] }) });

    await setLatency(0);
    const baseline: Record<string, number> = {};
    for (const p of pages) baseline[p] = median(await timeRuns(() => page(p), 15, 3));
    await setLatency(INJECTED_MS);
    for (const p of pages) {
      const withLatency = median(await timeRuns(() => page(p), 15, 2));
      const overhead = withLatency - INJECTED_MS;
      report(
        `portal   ${p.padEnd(44)} no latency ${fmt(baseline[p])}  with ${INJECTED_MS} ms per imin call ${fmt(withLatency)}  ratio ${(withLatency / INJECTED_MS).toFixed(2)}x  (target <= ${((INJECTED_MS + 60) / INJECTED_MS).toFixed(2)}x: latency + 60 ms)  overhead ${fmt(overhead)}`,
      );
    }
    await setLatency(0);

    const empty = await emptyPageJs();
    for (const [p, target] of [
      ["/bookings", 1.2],
      ["/book", 1.3],
    ] as const) {
      const js = await firstLoadJsBytes(base, p, { cookie });
      report(
        `js       ${p.padEnd(10)} first-load ${kb(js.gzipped)} gz in ${js.scripts} scripts; empty page ${kb(empty.gzipped)}; ratio ${(js.gzipped / empty.gzipped).toFixed(2)}x (target <= ${target}x)`,
      );
    }
  } finally {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The baseline: the smallest App Router page, built by the same Next.js. It is built outside the repo
 * (node_modules hard-linked in) because Turbopack, run inside it, adopts the portal's proxy and
 * instrumentation files.
 */
async function emptyPageJs() {
  const workDir = mkdtempSync(path.join(tmpdir(), "empty-next-app-"));
  try {
    cpSync(path.join(root, "bench/empty-app"), workDir, {
      recursive: true,
      filter: (src) => !/[\\/](\.next[^\\/]*|next-env\.d\.ts)$/.test(src),
    });
    writeFileSync(path.join(workDir, "package.json"), JSON.stringify({ name: "empty-next-app", private: true }));
    const link = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(workDir, "node_modules")]);
    if (link.status !== 0) cpSync(path.join(root, "node_modules"), path.join(workDir, "node_modules"), { recursive: true });
    const nextBin = path.join(workDir, "node_modules/next/dist/bin/next");
    const env = { ...process.env, NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1" };
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: workDir, env, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`empty app build failed:\n${build.stdout}\n${build.stderr}`);
    const server = startProcess(process.execPath, [nextBin, "start", "-p", "3622"], env, workDir);
    try {
      await waitForHttp("http://127.0.0.1:3622/", 60_000, server);
      return await firstLoadJsBytes("http://127.0.0.1:3622", "/");
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
  if (!only || only === "sandbox") await sandboxHotPaths();
  if (!only || only === "portal") await portalPages();
  console.log(`\nbench: ${lines.length} measurements printed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
