/**
 * `npm run bench`: prints numbers, asserts nothing. Each section states its target so a reader can
 * compare; CI does not run this (timings on a shared 2-core machine are not pass/fail material).
 *
 *   1. sandbox hot paths (no injected latency): upcoming items for 50 bookings, a 50-result search
 *   2. portal page time with 150 ms injected on every imin call, as a ratio of that latency
 *   3. first-load JS (gzipped) of /bookings and /book against an empty page of the same Next.js
 *   4. pages under imin faults (20% 5xx, 5% hangs): p95 page time and the portal's 5xx answers
 *   5. Lighthouse (mobile) on five pages, and installability (manifest, service worker)
 *   6. throughput (autocannon) and the server's memory against that empty page, PGlite and Postgres
 *
 * `--only=sandbox|portal|faults|lighthouse|throughput` runs one section; `--only=profile` profiles /bookings,
 * `--only=memory` compares heap snapshots taken before and after 1000 requests, `--only=idle` measures the
 * server at rest (CPU, memory after a fresh start and a restart), `--only=observability` the cost of metrics
 * and tracing on /bookings (bench/observability.ts), `--only=visit` what each signed-in page view costs the server
 * in requests, imin calls and CPU, prefetches included (bench/visit.ts), `--only=public` the public pages' throughput
 * and imin calls per 1,000 anonymous views (bench/public-pages.ts), `--only=render` a rendering alternative's
 * build beside the current one on /bookings (bench/render.ts).
 * Other work on the machine moves every number: compare the ratios printed side by side.
 */
import { courtsGrid } from "./courts";
import { faults } from "./faults";
import { idle } from "./idle";
import { startEmptyApp, type EmptyApp } from "./lib/empty-app";
import { firstLoadJsBytes, kb } from "./lib/first-load-js";
import { lighthouseSection } from "./lighthouse";
import { memory } from "./memory";
import { observabilityCost } from "./observability";
import { renderAlternative } from "./render";
import { type BenchPortal, SANDBOX_KEY, startPortal } from "./lib/portal";
import { fmt, median, percentile, timeRuns } from "./lib/stats";
import { profilePage } from "./profile";
import { publicPagesBench } from "./public-pages";
import { scale } from "./scale";
import { throughput } from "./throughput";
import { visit } from "./visit";

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

/** Page time with 150 ms injected on every imin call, as a ratio of that latency. */
async function latency(portal: BenchPortal) {
  const page = async (p: string) => {
    const res = await fetch(portal.base + p, { headers: { cookie: portal.cookie }, redirect: "manual" });
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    return res.text();
  };
  const orders = await (await portal.admin("/api/v2/orders?customerIdentifier=demo-customer&page=1")).json();
  const orderId = orders["imin:item"][0].identifier as string;
  const pages = ["/bookings", `/orders/${orderId}`, "/book?limit=50&hf=1"];

  await portal.setFaults([]);
  const baseline: Record<string, number> = {};
  for (const p of pages) baseline[p] = median(await timeRuns(() => page(p), 15, 3));
  await portal.setFaults([{ route: "*", latencyMs: INJECTED_MS }]);
  try {
    for (const p of pages) {
      const withLatency = median(await timeRuns(() => page(p), 15, 2));
      const overhead = withLatency - INJECTED_MS;
      report(
        `portal   ${p.padEnd(44)} no latency ${fmt(baseline[p])}  with ${INJECTED_MS} ms per imin call ${fmt(withLatency)}  ratio ${(withLatency / INJECTED_MS).toFixed(2)}x  (target <= ${((INJECTED_MS + 60) / INJECTED_MS).toFixed(2)}x: latency + 60 ms)  overhead ${fmt(overhead)}`,
      );
    }
  } finally {
    await portal.setFaults([]);
  }
}

/** First-load JS (gzipped) of /bookings and /book against the empty page of the same Next.js. */
async function firstLoadJs(portal: BenchPortal, emptyApp: EmptyApp) {
  const empty = await firstLoadJsBytes(emptyApp.base, "/");
  for (const [p, target] of [
    ["/bookings", 1.2],
    ["/book", 1.3],
  ] as const) {
    const js = await firstLoadJsBytes(portal.base, p, { cookie: portal.cookie });
    report(
      `js       ${p.padEnd(10)} first-load ${kb(js.gzipped)} gz in ${js.scripts} scripts; empty page ${kb(empty.gzipped)}; ratio ${(js.gzipped / empty.gzipped).toFixed(2)}x (target <= ${target}x)`,
    );
  }
}

async function main() {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
  const runs = (section: string) => !only || only === section;
  if (runs("sandbox")) await sandboxHotPaths();
  if (only === "profile") await profilePage(report);
  if (only === "memory") await memory(report);
  if (only === "idle") await idle(report);
  if (only === "scale") await scale(report);
  if (only === "observability") await observabilityCost(report);
  if (only === "visit") await visit(report);
  if (only === "render") await renderAlternative(report);
  if (only === "public") await publicPagesBench(report);
  const emptyApp = runs("portal") || runs("throughput") || runs("lighthouse") ? await startEmptyApp(3622) : undefined;
  try {
    if (runs("portal") || runs("faults") || runs("lighthouse")) {
      const portal = await startPortal({ port: 3620, sandboxPort: 4621 });
      try {
        if (runs("portal")) {
          await latency(portal);
          await courtsGrid(report, portal, INJECTED_MS);
          await firstLoadJs(portal, emptyApp!);
        }
        if (runs("faults")) await faults(report, portal);
        if (runs("lighthouse")) await lighthouseSection(report, portal, emptyApp!);
      } finally {
        await portal.stop();
      }
    }
    if (runs("throughput")) await throughput(report, emptyApp!);
  } finally {
    await emptyApp?.stop();
  }
  console.log(`\nbench: ${lines.length} measurements printed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
