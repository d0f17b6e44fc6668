/**
 * `npm run bench -- --only=public`: the public pages (issue 27, docs/features/public-pages.md) for
 * anonymous visitors. Prints (1) throughput of a public session page and of a /book search against
 * the empty dynamic page of the same Next.js, in alternating rounds (ROUNDS 3 × ROUND_SECONDS 5, 20
 * connections), target >= 0.8x; (2) imin calls per 1,000 anonymous views of the same pages (a
 * session page, a search and a slot page, in turn, none opened before: their first renders count),
 * counted at the sandbox, target <= 10.
 *
 * Ports: empty app 5913, portal 5914, its sandbox 5915 (mail 5916); build `.next-public`
 * (PUBLIC_DIST_DIR), used as it is when present (its BUILD_ID is touched so `scripts/start.ts` does
 * not rebuild for other work in the tree). Production server as `npm start` runs it
 * (scripts/serve.mjs and its page cache).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmptyApp } from "./lib/empty-app";
import { load } from "./lib/load";
import { startPortal } from "./lib/portal";
import { median } from "./lib/stats";

type Report = (line: string) => void;

const EMPTY_PORT = 5913;
const PORTAL_PORT = 5914;
const SANDBOX_PORT = 5915;
const ROUNDS = Number(process.env.ROUNDS) || 3;
const SECONDS = Number(process.env.ROUND_SECONDS) || 5;
const VIEWS = 1000;

/**
 * Public pages the sandbox serves today, found as a visitor finds them: two session pages (one for
 * the throughput rounds, one never opened before the count, so its first, uncached render counts),
 * and a slot page.
 */
async function publicPages(base: string): Promise<{ sessions: string[]; slot?: string }> {
  const book = await (await fetch(`${base}/book`)).text();
  const sessions = [...new Set([...book.matchAll(/href="(\/book\/(?!slot\/)[^"?#/]+)(?:\?[^"]*)?"/g)].map((m) => m[1]!))];
  if (sessions.length < 2) throw new Error("fewer than two session links on /book");
  const courts = await (await fetch(`${base}/book?tab=courts`)).text();
  const slot = /href="(\/book\/slot\/[^"?#]+)"/.exec(courts)?.[1];
  return { sessions, slot };
}

export async function publicPagesBench(report: Report) {
  const distDir = process.env.PUBLIC_DIST_DIR || ".next-public";
  const buildId = path.resolve(__dirname, "..", distDir, "BUILD_ID");
  if (existsSync(buildId)) utimesSync(buildId, new Date(), new Date());
  const countDir = mkdtempSync(path.join(tmpdir(), "public-bench-"));
  const countFile = path.join(countDir, "imin-calls");
  writeFileSync(countFile, "");
  const preload = path.join(__dirname, "lib/imin-count-preload.cjs");
  const empty = await startEmptyApp(EMPTY_PORT);
  let stopPortal: (() => Promise<void>) | undefined;
  try {
    const portal = await startPortal({
      port: PORTAL_PORT,
      sandboxPort: SANDBOX_PORT,
      env: {
        NEXT_DIST_DIR: distDir,
        SANDBOX_SMTP_PORT: String(SANDBOX_PORT + 1),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
        IMIN_COUNT_FILE: countFile,
        IMIN_LOG: "silent",
        LOG_LEVEL: "warn",
      },
    });
    stopPortal = portal.stop;
    const pages = await publicPages(portal.base);
    const session = pages.sessions[0]!;
    const search = "/book?activity=Yoga";
    for (const p of [session, search]) {
      const res = await fetch(portal.base + p);
      const html = await res.text();
      if (res.status !== 200 || !html.includes("Create an account"))
        throw new Error(`${p} answered ${res.status} without the public frame`);
    }

    // (1) Throughput against the empty page, alternating so other work weighs on both alike.
    const targets = [
      { label: "empty", url: `${empty.base}/` },
      { label: "session page", url: portal.base + session },
      { label: "search", url: portal.base + search },
    ];
    for (const t of targets) await load(t.url, { seconds: 2 });
    const rps = new Map<string, number[]>(targets.map((t) => [t.label, []]));
    const bad = new Map<string, number>(targets.map((t) => [t.label, 0]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of round % 2 ? targets : [...targets].reverse()) {
        const r = await load(t.url, { seconds: SECONDS });
        rps.get(t.label)!.push(r.requestsPerSecond);
        bad.set(t.label, bad.get(t.label)! + r.non2xx + r.errors);
      }
    }
    const emptyRuns = rps.get("empty")!;
    for (const t of targets) {
      const runs = rps.get(t.label)!;
      const ratios = runs.map((r, i) => r / emptyRuns[i]!);
      report(
        `public   ${t.label.padEnd(13)} median ${median(runs).toFixed(0).padStart(5)} req/s${
          t.label === "empty"
            ? ""
            : `  ratio to the empty page ${median(ratios).toFixed(2)}x (${ratios.map((x) => x.toFixed(2)).join(" ")})  target >= 0.8x`
        }${bad.get(t.label) ? `  (${bad.get(t.label)} non-2xx/errors)` : ""}`,
      );
    }

    // (2) imin calls per 1,000 anonymous views of the same pages, 10 at a time, from cold: pages
    // not opened before (their first render and its imin reads count).
    const cycle = [pages.sessions[1]!, "/book?activity=Pilates", ...(pages.slot ? [pages.slot] : [])];
    writeFileSync(countFile, "");
    let next = 0;
    let failed = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < VIEWS) {
          const p = cycle[next++ % cycle.length]!;
          const res = await fetch(portal.base + p);
          await res.arrayBuffer();
          if (res.status !== 200) failed++;
        }
      }),
    );
    const calls = readFileSync(countFile, "utf8").split("\n").filter(Boolean);
    const byApi = (prefix: string) => calls.filter((c) => c.startsWith(prefix)).length;
    report(
      `public   imin calls per ${VIEWS} anonymous views of ${cycle.length} pages (${cycle.join(", ")}): ${calls.length} (Events ${byApi("/events-api/")}, Facilities ${byApi("/facilities-api/")}, Booking ${byApi("/api/v2/")})  target <= 10${failed ? `  (${failed} views not 200)` : ""}`,
    );
  } finally {
    await stopPortal?.();
    await empty.stop();
    rmSync(countDir, { recursive: true, force: true });
  }
}
