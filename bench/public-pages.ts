/**
 * `npm run bench -- --only=public`: the public pages (issue 27, docs/features/public-pages.md) for
 * anonymous visitors. Prints (1) throughput of a public session page and of a /book search against
 * the empty dynamic page of the same Next.js, in alternating rounds (ROUNDS 3 × ROUND_SECONDS 5, 20
 * connections), target >= 0.8x; (2) imin calls per 1,000 anonymous views of the same pages (the
 * session page, the search and a slot page, in turn), counted at the sandbox, target <= 10.
 *
 * Ports: empty app 5913, portal 5914, its sandbox 5915 (mail 5916); build `.next-public`
 * (PUBLIC_DIST_DIR). Production server as `npm start` runs it (scripts/serve.mjs and its page cache).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** A public session page and a slot page the sandbox serves today, found as a visitor finds them. */
async function publicPages(base: string): Promise<{ session: string; search: string; slot?: string }> {
  const search = "/book?activity=Yoga";
  const book = await (await fetch(`${base}/book`)).text();
  const session = /href="(\/book\/(?!slot\/)[^"?#/]+)(?:\?[^"]*)?"/.exec(book)?.[1];
  if (!session) throw new Error("no session link on /book");
  const courts = await (await fetch(`${base}/book?tab=courts`)).text();
  const slot = /href="(\/book\/slot\/[^"?#]+)"/.exec(courts)?.[1];
  return { session, search, slot };
}

export async function publicPagesBench(report: Report) {
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
        NEXT_DIST_DIR: process.env.PUBLIC_DIST_DIR || ".next-public",
        SANDBOX_SMTP_PORT: String(SANDBOX_PORT + 1),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
        IMIN_COUNT_FILE: countFile,
        IMIN_LOG: "silent",
        LOG_LEVEL: "warn",
      },
    });
    stopPortal = portal.stop;
    const pages = await publicPages(portal.base);
    for (const p of [pages.session, pages.search]) {
      const res = await fetch(portal.base + p);
      const html = await res.text();
      if (res.status !== 200 || !html.includes("Create an account"))
        throw new Error(`${p} answered ${res.status} without the public frame`);
    }

    // (1) Throughput against the empty page, alternating so other work weighs on both alike.
    const targets = [
      { label: "empty", url: `${empty.base}/` },
      { label: "session page", url: portal.base + pages.session },
      { label: "search", url: portal.base + pages.search },
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

    // (2) imin calls per 1,000 anonymous views of the same pages, 10 at a time.
    const cycle = [pages.session, pages.search, ...(pages.slot ? [pages.slot] : [])];
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
