/**
 * `npm run bench -- --only=render`: one rendering alternative beside the current build, in one run.
 * Two portals at once (each with its sandbox, signed in): A from RENDER_A_DIST (`.next-visit`, the
 * Turbopack build `next build` makes) on 3620/4621 and B from RENDER_B_DIST (`.next-bench-webpack`)
 * on 3623/4626, B built with `next build RENDER_B_ARGS` (`--webpack`) when missing. RENDER_B_ROOT runs B from
 * another checkout instead (its own node_modules and build, e.g. a git worktree on another Next.js release;
 * RENDER_B_ARGS then defaults to none and RENDER_B_DIST to A's dist dir name). Then
 * RENDER_ROUNDS (4) rounds of RENDER_SECONDS (5) s of autocannon (20 connections) on RENDER_PAGE
 * (`/bookings`), A and B alternating (the order swapped each round) so other load on the machine
 * weighs on both alike: medians of req/s and of the server's CPU ms per request, and B against A.
 * RENDER_SIGNED_OUT=1 loads the page with no session cookie (`/sign-in`, `/`: the page cache's answers);
 * RENDER_ACCEPT_ENCODING (e.g. `gzip`) is sent as Accept-Encoding, as a browser does.
 * Each build's BUILD_ID is touched so scripts/start.ts does not rebuild it for others' edits.
 */
import { loadavg } from "node:os";
import path from "node:path";
import { ensureBuild, keepBuild } from "./lib/ensure-build";
import { load } from "./lib/load";
import { cpuMs } from "./lib/memory";
import { type BenchPortal, startPortal } from "./lib/portal";
import { median } from "./lib/stats";

type Report = (line: string) => void;

export async function renderAlternative(report: Report) {
  const page = process.env.RENDER_PAGE || "/bookings";
  const rounds = Number(process.env.RENDER_ROUNDS) || 4;
  const seconds = Number(process.env.RENDER_SECONDS) || 5;
  const encoding = process.env.RENDER_ACCEPT_ENCODING;
  const headersOf = (p: BenchPortal): Record<string, string> => ({
    ...(process.env.RENDER_SIGNED_OUT === "1" ? {} : { cookie: p.cookie }),
    ...(encoding ? { "accept-encoding": encoding } : {}),
  });
  const bRoot = process.env.RENDER_B_ROOT ? path.resolve(process.env.RENDER_B_ROOT) : undefined;
  const bArgs = (process.env.RENDER_B_ARGS ?? (bRoot ? "" : "--webpack")).split(" ").filter(Boolean);
  const aDist = process.env.RENDER_A_DIST || ".next-visit";
  const sides = [
    { label: "A", dist: aDist, args: [] as string[], port: 3620, sandboxPort: 4621, root: undefined as string | undefined },
    {
      label: bRoot ? `B (${bRoot})` : "B",
      dist: process.env.RENDER_B_DIST || (bRoot ? aDist : ".next-bench-webpack"),
      args: bArgs,
      port: 3623,
      sandboxPort: 4626,
      root: bRoot,
    },
  ];
  for (const side of sides) {
    ensureBuild(side.dist, report, false, side.args, side.root);
    keepBuild(side.dist, side.root);
  }
  const portals: BenchPortal[] = [];
  try {
    for (const side of sides) {
      portals.push(
        await startPortal({
          port: side.port,
          sandboxPort: side.sandboxPort,
          root: side.root,
          env: { NEXT_DIST_DIR: side.dist, PORT: String(side.port) },
        }),
      );
    }
    const runs = sides.map(() => ({ rps: [] as number[], cpu: [] as number[] }));
    for (const p of portals) await load(p.base + page, { headers: headersOf(p), seconds: 3 });
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 ? [0, 1] : [1, 0];
      for (const i of order) {
        const p = portals[i]!;
        const before = cpuMs(p.serverPid());
        const result = await load(p.base + page, { headers: headersOf(p), seconds });
        const after = cpuMs(p.serverPid());
        const requests = result.requestsPerSecond * seconds;
        runs[i]!.rps.push(result.requestsPerSecond);
        if (before !== undefined && after !== undefined && requests > 0) runs[i]!.cpu.push((after - before) / requests);
        report(
          `render   round ${round} ${sides[i]!.label} (${sides[i]!.dist}) ${page}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50} ms${
            result.non2xx || result.errors ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ""
          }${runs[i]!.cpu.length ? `, CPU ${runs[i]!.cpu.at(-1)!.toFixed(1)} ms/request` : ""} (load average ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
    const med = runs.map((r) => ({ rps: median(r.rps), cpu: r.cpu.length ? median(r.cpu) : Number.NaN }));
    for (const [i, side] of sides.entries()) {
      report(
        `render   median of ${rounds}: ${side.label} ${side.dist}${side.args.length ? ` (next build ${side.args.join(" ")})` : ""}: ${med[i]!.rps.toFixed(1)} req/s, CPU ${med[i]!.cpu.toFixed(1)} ms/request`,
      );
    }
    report(
      `render   B vs A: ${(med[1]!.rps / med[0]!.rps).toFixed(2)}x req/s, ${(med[1]!.cpu / med[0]!.cpu).toFixed(2)}x CPU per request (B wins below 1x CPU)`,
    );
  } finally {
    for (const p of portals) await p.stop();
  }
}
