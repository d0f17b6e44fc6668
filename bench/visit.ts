/**
 * `npm run bench -- --only=visit`: what one visit costs the server, page by page. Chromium signs in
 * as the demo customer through the /sign-in form and opens each signed-in page in turn, leaving
 * each idle VISIT_IDLE_MS (4000) so its prefetches and background reads land. Per page view:
 * the requests that reached the server (the document, `?_rsc` navigations and prefetches, API,
 * server actions), the imin calls by endpoint, and the Next.js server's CPU time (utime+stime of
 * /proc/<pid>/stat) from just before the navigation to the end of the idle time; first the same
 * for the empty app's page. Requests and imin calls are counted at the servers themselves: a
 * preload (`bench/lib/request-log-preload.cjs`, through NODE_OPTIONS) logs every request the
 * portal's and the sandbox's HTTP servers answer. Counts do not depend on the machine's load; CPU
 * times do (indicative). Targets: per view, the page rendered once (a document, or the router's request
 * after a click) plus at most one prefetch per link in the frame, none touching imin; imin calls the page's own.
 *
 * Ports: sandbox 5410, portal 5411, empty app 5412; build `.next-visit` (VISIT_DIST_DIR), made when
 * missing or with VISIT_BUILD=1, otherwise used as it is (its BUILD_ID is touched so `scripts/start.ts`
 * does not rebuild for other work in the tree). VISIT_VIEWPORT=phone opens the pages at 390x844
 * (the tab bar) instead of 1280x900 (the header).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { endpointLabel } from "../lib/imin/endpoint-label";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/support/chromium";
import { startEmptyApp } from "./lib/empty-app";
import { ensureBuild, keepBuild } from "./lib/ensure-build";
import { cpuMs } from "./lib/memory";
import { startPortal } from "./lib/portal";

type Report = (line: string) => void;

const SANDBOX_PORT = 5410;
const PORTAL_PORT = 5411;
const EMPTY_PORT = 5412;
const DIST_DIR = process.env.VISIT_DIST_DIR || ".next-visit";
const IDLE_MS = Number(process.env.VISIT_IDLE_MS) || 4000;
// In an order each page links to the next: header, then the Bookings tabs, then the Account links.
const PAGES = ["/", "/book", "/bookings", "/orders", "/pass", "/account", "/sellers", "/family"];
/** The page's own imin calls (issue 26's targets); other pages: not set. */
const OWN_CALLS: Record<string, string> = { "/bookings": "1", "/orders": "1", "/account": "2", "/book": "<= 3" };

interface Logged {
  port: number;
  method: string;
  url: string;
  rsc?: boolean;
  prefetch?: string;
  segment?: string;
  action?: boolean;
  accept: string;
  status: number;
  bytes: number;
}

const IMIN_BASES = ["/api/v2", "/events-api/v2", "/facilities-api/v2"];

function iminEndpoint(url: string): string | undefined {
  const pathname = url.split("?")[0]!;
  const base = IMIN_BASES.find((b) => pathname.startsWith(`${b}/`));
  if (!base) return undefined;
  return endpointLabel(pathname.slice(base.length));
}

type Kind = "document" | "rsc" | "prefetch" | "tree" | "action" | "api" | "worker" | "static";

function kindOf(r: Logged): Kind {
  const pathname = r.url.split("?")[0]!;
  if (r.method === "POST" && r.action) return "action";
  if (r.rsc && r.segment === "/_tree") return "tree";
  if (r.rsc && r.prefetch) return "prefetch";
  if (r.rsc) return "rsc";
  if (pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/_next/") || /\.(js|css|png|svg|ico|webmanifest|json|woff2?)$/.test(pathname) || pathname.startsWith("/icons/"))
    return "static";
  // A page the browser did not ask for as a document: the service worker's precache (/offline).
  return r.accept.startsWith("text/html") ? "document" : "worker";
}

class RequestLog {
  private offset = 0;
  constructor(readonly file: string) {
    writeFileSync(file, "");
  }
  /** The lines logged since the last call. */
  take(): Logged[] {
    const text = readFileSync(this.file, "utf8");
    const fresh = text.slice(this.offset);
    const complete = fresh.slice(0, fresh.lastIndexOf("\n") + 1);
    this.offset += complete.length;
    return complete
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Logged);
  }
}

interface ViewCost {
  counts: Record<Kind, number>;
  /** Prefetched and navigated paths, for reading what ran. */
  rscPaths: string[];
  imin: Map<string, number>;
  cpuMs?: number;
  failed: number;
}

function summarise(lines: Logged[], serverPort: number, sandboxPort: number | undefined, cpu?: number): ViewCost {
  const counts: Record<Kind, number> = { document: 0, rsc: 0, prefetch: 0, tree: 0, action: 0, api: 0, worker: 0, static: 0 };
  const rscPaths: string[] = [];
  const imin = new Map<string, number>();
  let failed = 0;
  for (const r of lines) {
    if (r.port === serverPort) {
      const kind = kindOf(r);
      counts[kind]++;
      if (kind !== "static" && r.status >= 500) failed++;
      if (kind === "rsc" || kind === "prefetch") rscPaths.push(`${kind === "prefetch" ? "p" : "n"}:${r.url.split("?")[0]}`);
      if (kind === "api" || kind === "worker")
        rscPaths.push(`${kind}:${r.url.split("?")[0]}${r.url.includes("owner=1") ? "?owner=1" : ""}`);
    } else if (sandboxPort !== undefined && r.port === sandboxPort) {
      const endpoint = iminEndpoint(r.url);
      if (endpoint) imin.set(`${r.method} ${endpoint}`, (imin.get(`${r.method} ${endpoint}`) ?? 0) + 1);
    }
  }
  return { counts, rscPaths, imin, cpuMs: cpu, failed };
}

function line(label: string, c: ViewCost, own?: string): string {
  // Renders of the page itself (document or in-app navigation); prefetches beside them.
  const renders = c.counts.document + c.counts.rsc + c.counts.worker;
  const calls = [...c.imin.values()].reduce((a, b) => a + b, 0);
  const byEndpoint = [...c.imin.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([e, n]) => `${e}×${n}`)
    .join(", ");
  return `visit    ${label.padEnd(10)} doc ${c.counts.document}  nav ${c.counts.rsc}  worker ${c.counts.worker}  prefetch ${c.counts.prefetch} (+${c.counts.tree} route-tree)  api ${c.counts.api}  | renders ${renders} + ${c.counts.prefetch} prefetched  | imin ${calls}${own ? ` (own ${own})` : ""}${byEndpoint ? `: ${byEndpoint}` : ""}  | CPU ${c.cpuMs === undefined ? "n/a" : `${c.cpuMs} ms`}${c.failed ? `  | ${c.failed} 5xx` : ""}`;
}

/**
 * Each page in turn, opened by URL (a document load: the frame's own start-up reads run again) or,
 * `inApp`, by clicking its link in the header, the Bookings tabs or the Account links (what a
 * visitor does: the shell stays, the router fetches the page).
 */
async function visitPages(page: Page, base: string, log: RequestLog, serverPid: () => number | undefined, report: Report, inApp: boolean) {
  const rows: { path: string; cost: ViewCost }[] = [];
  for (const p of PAGES) {
    log.take();
    const pid = serverPid();
    const before = cpuMs(pid);
    if (inApp) {
      await page.locator(`a[href="${p}"]:visible`).first().click();
      await page.waitForURL((u) => u.pathname === p);
      await page.waitForLoadState("load");
    } else {
      await page.goto(base + p, { waitUntil: "load" });
    }
    await page.waitForTimeout(IDLE_MS);
    const after = cpuMs(pid);
    const cost = summarise(log.take(), PORTAL_PORT, SANDBOX_PORT, before !== undefined && after !== undefined ? after - before : undefined);
    rows.push({ path: p, cost });
    report(line(p, cost, OWN_CALLS[p]));
    if (process.env.VISIT_VERBOSE) report(`           ${cost.rscPaths.join(" ")}`);
  }
  return rows;
}

export async function visit(report: Report) {
  ensureBuild(DIST_DIR, report, process.env.VISIT_BUILD === "1");
  const logDir = mkdtempSync(path.join(tmpdir(), "portal-visit-"));
  const log = new RequestLog(path.join(logDir, "requests.jsonl"));
  const preload = path.join(__dirname, "lib/request-log-preload.cjs");
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const viewport = process.env.VISIT_VIEWPORT === "phone" ? { width: 390, height: 844 } : { width: 1280, height: 900 };
  try {
    // The empty app: its one page, the same way.
    const savedOptions = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = nodeOptions;
    process.env.VISIT_REQUEST_LOG = log.file;
    const empty = await startEmptyApp(EMPTY_PORT).finally(() => {
      process.env.NODE_OPTIONS = savedOptions;
    });
    try {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${empty.base}/`, { waitUntil: "load" });
      log.take();
      const pid = empty.serverPid();
      const before = cpuMs(pid);
      await page.goto(`${empty.base}/`, { waitUntil: "load" });
      await page.waitForTimeout(IDLE_MS);
      const after = cpuMs(pid);
      report(
        line(
          "empty app",
          summarise(log.take(), EMPTY_PORT, undefined, before !== undefined && after !== undefined ? after - before : undefined),
        ),
      );
      await context.close();
    } finally {
      await empty.stop();
    }

    keepBuild(DIST_DIR);
    const portal = await startPortal({
      port: PORTAL_PORT,
      sandboxPort: SANDBOX_PORT,
      env: { NEXT_DIST_DIR: DIST_DIR, NODE_OPTIONS: nodeOptions, VISIT_REQUEST_LOG: log.file, LOG_LEVEL: "warn", IMIN_LOG: "silent" },
    });
    try {
      // The browser uses the portal's own origin (PORTAL_URL is http://localhost:<port>).
      const base = `http://localhost:${PORTAL_PORT}`;
      const context = await browser.newContext({ viewport, baseURL: base });
      const page = await context.newPage();
      // The machine may be loaded: a page view may take long, which is not what is counted here.
      page.setDefaultTimeout(120_000);
      await page.goto("/sign-in", { waitUntil: "load" });
      await page.getByLabel("Email").fill("demo@example.com");
      await page.getByLabel("Password", { exact: true }).fill("sandbox-demo-2026");
      await Promise.all([page.waitForURL((u) => u.pathname === "/"), page.getByRole("button", { name: /^sign in$/i }).click()]);
      await page.waitForTimeout(IDLE_MS);
      report(
        `visit    signed in; each page opened by URL, then idle ${IDLE_MS} ms; viewport ${viewport.width}x${viewport.height}; load average ${loadavg()[0]!.toFixed(1)}`,
      );
      for (const inApp of [false, true]) {
        report(inApp ? `visit    by the links (in-app navigations), from ${PAGES.at(-1)}:` : "visit    by URL (document loads):");
        // The in-app round starts on the last page (by URL), so its first click is a navigation.
        if (inApp) {
          await page.goto(base + PAGES.at(-1)!, { waitUntil: "load" });
          await page.waitForTimeout(IDLE_MS);
        }
        const rows = await visitPages(page, base, log, portal.serverPid, report, inApp);
        const renders = rows.reduce(
          (a, r) => a + r.cost.counts.document + r.cost.counts.rsc + r.cost.counts.worker + r.cost.counts.prefetch,
          0,
        );
        const calls = rows.reduce((a, r) => a + [...r.cost.imin.values()].reduce((x, y) => x + y, 0), 0);
        const cpu = rows.reduce((a, r) => a + (r.cost.cpuMs ?? 0), 0);
        report(
          `visit    total of ${rows.length} views: ${renders} server renders, ${calls} imin calls, ${cpu} ms server CPU (load average ${loadavg()[0]!.toFixed(1)})`,
        );
      }
      await context.close();
    } finally {
      await portal.stop();
    }
  } finally {
    await browser.close();
    rmSync(logDir, { recursive: true, force: true });
  }
}
