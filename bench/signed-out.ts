/**
 * `npx tsx bench/signed-out.ts`: throughput of the signed-out `/sign-in` and `/` against the empty
 * dynamic page of the same Next.js, measured in alternating short rounds so that other work on the
 * machine weighs on both sides alike; prints each round's ratio and the medians. Ports are its own
 * (SIGNED_OUT_PORT 3760 portal, +1000 its sandbox, +2 the empty page, +3 the empty page behind
 * scripts/serve.mjs with `--wrapped`), so it can run beside `npm run bench`.
 *
 *   ROUNDS (5) × ROUND_SECONDS (5) per page, 20 connections; BENCH_DIST_DIR (.next-public) is the build.
 *   --wrapped  also the empty page behind the portal's own server (scripts/serve.mjs): its cost.
 *   --profile=<dir>  instead of the rounds, a V8 CPU profile of each server (the empty page behind
 *              serve.mjs, so both run under the same preload) over 10 s of load, kept in <dir>.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { summariseProfile } from "./lib/cpu-profile";
import { load, type LoadResult } from "./lib/load";
import { cpuMs, nextServerPid } from "./lib/memory";
import { startPortal } from "./lib/portal";
import { startProcess, waitForHttp, type RunningProcess } from "./lib/processes";
import { median } from "./lib/stats";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.SIGNED_OUT_PORT) || 3760;
const ROUNDS = Number(process.env.ROUNDS) || 5;
const SECONDS = Number(process.env.ROUND_SECONDS) || 5;
const profileDir = process.argv.find((a) => a.startsWith("--profile="))?.slice(10);
const wrapped = process.argv.includes("--wrapped") || Boolean(profileDir);
const preload = (): Record<string, string> =>
  profileDir ? { NODE_OPTIONS: `--require ${path.join(__dirname, "lib/cpu-prof-preload.cjs")}`, CPU_PROF_DIR: profileDir } : {};

/** The empty app (bench/empty-app) built once, served by `next start` and, with --wrapped, by scripts/serve.mjs. */
function buildEmptyApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "empty-next-app-"));
  cpSync(path.join(root, "bench/empty-app"), dir, { recursive: true, filter: (src) => !/[\\/](\.next[^\\/]*|next-env\.d\.ts)$/.test(src) });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty-next-app", private: true, type: "module" }));
  if (spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]).status !== 0)
    throw new Error("could not link node_modules");
  mkdirSync(path.join(dir, "scripts"));
  copyFileSync(path.join(root, "scripts/serve.mjs"), path.join(dir, "scripts/serve.mjs"));
  // The wrapper alone: the empty page is not kept (the portal's page cache passes everything through).
  writeFileSync(path.join(dir, "scripts/page-cache.mjs"), "export const withPageCache = (handle) => handle;\n");
  const build = spawnSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    env: { ...process.env, NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`empty app build failed:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

async function serveEmpty(dir: string, port: number, how: "next start" | "serve.mjs"): Promise<RunningProcess> {
  const args =
    how === "next start"
      ? [path.join(dir, "node_modules/next/dist/bin/next"), "start", "-p", String(port)]
      : ["scripts/serve.mjs", "-p", String(port)];
  const env = { NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...(how === "serve.mjs" ? preload() : {}) };
  const server = startProcess(process.execPath, args, env, dir);
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, server);
  return server;
}

/** The preload's first SIGUSR2 starts the profile, the second writes it (as bench/profile.ts does). */
async function profile(label: string, url: string, pid: number, dir: string) {
  const before = new Set(readdirSync(dir));
  process.kill(pid, "SIGUSR2");
  const r = await load(url, { seconds: 10 });
  process.kill(pid, "SIGUSR2");
  let file: string | undefined;
  for (let i = 0; i < 100 && !file; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    file = readdirSync(dir).find((f) => !before.has(f));
  }
  if (!file) throw new Error(`no profile from ${label}`);
  const kept = path.join(dir, `${label.replace(/\W+/g, "_") || "root"}.cpuprofile`);
  renameSync(path.join(dir, file), kept);
  const summary = summariseProfile(kept, r.requestsPerSecond * 10);
  console.log(
    `profile ${label}: ${r.requestsPerSecond.toFixed(0)} req/s, ${summary.busyMsPerRequest.toFixed(2)} ms CPU per request (${kept})`,
  );
  for (const row of summary.inclusive)
    console.log(`  ${row.msPerRequest.toFixed(2).padStart(6)} ms  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
}

async function main() {
  const emptyDir = buildEmptyApp();
  const servers: RunningProcess[] = [];
  const targets: { label: string; url: string; pid: () => number | undefined }[] = [];
  let stopPortal: (() => Promise<void>) | undefined;
  try {
    const plain = await serveEmpty(emptyDir, PORT + 2, "next start");
    servers.push(plain);
    targets.push({ label: "empty", url: `http://127.0.0.1:${PORT + 2}/`, pid: () => nextServerPid(plain.child.pid!) });
    if (wrapped) {
      const viaServe = await serveEmpty(emptyDir, PORT + 3, "serve.mjs");
      servers.push(viaServe);
      targets.push({ label: "empty (serve.mjs)", url: `http://127.0.0.1:${PORT + 3}/`, pid: () => nextServerPid(viaServe.child.pid!) });
    }
    const portal = await startPortal({
      port: PORT,
      sandboxPort: PORT + 1000,
      env: { NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || ".next-public", ...preload() },
    });
    stopPortal = portal.stop;
    // With a query the page is rendered by Next.js every time (scripts/page-cache.mjs keeps only the plain paths).
    for (const page of ["/sign-in", "/", "/sign-in?rendered=1"]) {
      const res = await fetch(portal.base + page);
      const html = await res.text();
      console.log(`${page.padEnd(8)} ${res.status}, ${(html.length / 1024).toFixed(1)} KB of HTML`);
      targets.push({ label: page, url: portal.base + page, pid: portal.serverPid });
    }
    for (const t of targets) await load(t.url, { seconds: 2 });
    if (profileDir) {
      for (const t of targets.filter((x) => x.label !== "empty")) await profile(t.label, t.url, t.pid()!, profileDir);
      return;
    }

    // CPU ms the server spent per request: steadier than req/s on a shared machine.
    type Run = LoadResult & { cpuPerRequest: number };
    const results = new Map<string, Run[]>(targets.map((t) => [t.label, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate the order so that neither side always runs first.
      const order = round % 2 ? targets : [...targets].reverse();
      for (const t of order) {
        const before = cpuMs(t.pid()) ?? Number.NaN;
        const r = await load(t.url, { seconds: SECONDS });
        const used = (cpuMs(t.pid()) ?? Number.NaN) - before;
        results.get(t.label)!.push({ ...r, cpuPerRequest: used / (r.requestsPerSecond * SECONDS) });
      }
      const empty = results.get("empty")!.at(-1)!.requestsPerSecond;
      console.log(
        `round ${round}: ${targets
          .map((t) => {
            const r = results.get(t.label)!.at(-1)!;
            const bad = r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : "";
            return `${t.label} ${r.requestsPerSecond.toFixed(0)} req/s ${r.cpuPerRequest.toFixed(2)} ms CPU${t.label === "empty" ? "" : ` ${(r.requestsPerSecond / empty).toFixed(2)}x`}${bad}`;
          })
          .join(", ")}`,
      );
    }
    const emptyRuns = results.get("empty")!;
    for (const t of targets) {
      const runs = results.get(t.label)!;
      const ratios = runs.map((r, i) => r.requestsPerSecond / emptyRuns[i].requestsPerSecond);
      const cpu = median(runs.map((r) => r.cpuPerRequest));
      const emptyCpu = median(emptyRuns.map((r) => r.cpuPerRequest));
      console.log(
        `${t.label.padEnd(18)} median ${median(runs.map((r) => r.requestsPerSecond))
          .toFixed(0)
          .padStart(
            5,
          )} req/s  CPU ${cpu.toFixed(2)} ms/request (empty/this ${(emptyCpu / cpu).toFixed(2)}x)  p50 ${median(runs.map((r) => r.p50))} ms  p99 ${median(runs.map((r) => r.p99))} ms${
          t.label === "empty"
            ? ""
            : `  ratio median ${median(ratios).toFixed(2)}x (${ratios.map((x) => x.toFixed(2)).join(" ")})${t.label === "/" || t.label === "/sign-in" ? "  target >= 0.8x" : ""}`
        }`,
      );
    }
  } finally {
    await stopPortal?.();
    for (const s of servers) await s.stop();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
