/**
 * Throughput and memory, side by side with the empty dynamic page of the same Next.js: each page
 * loaded in turn by autocannon (20 connections, 10 s), then the Next.js server's resident memory.
 * With Postgres reachable (DATABASE_URL, or 127.0.0.1:5432 as postgres/postgres) `/bookings` is
 * measured again on a fresh database, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { EmptyApp } from "./lib/empty-app";
import { load, type LoadResult } from "./lib/load";
import { cpuMs, describeBreakdown, memoryBreakdown, residentMb } from "./lib/memory";
import { startPortal, type BenchPortal } from "./lib/portal";
import { reachablePostgres } from "./lib/postgres";

type Report = (line: string) => void;

const IDLE_MS = 10_000;
const IDLE_SETTLE_MS = 5000;

const PAGES: { path: string; signedIn: boolean; target: number }[] = [
  { path: "/bookings", signedIn: true, target: 0.5 },
  { path: "/book", signedIn: true, target: 0.5 },
  { path: "/account", signedIn: true, target: 0.5 },
  { path: "/sign-in", signedIn: false, target: 0.8 },
  { path: "/", signedIn: false, target: 0.8 },
];

const mb = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(0)} MB`);
const line = (label: string, r: LoadResult) =>
  `${label.padEnd(32)} ${r.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms${
    r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ""
  }`;

async function measurePortal(
  report: Report,
  portal: BenchPortal,
  memoryFile: string,
  empty: LoadResult,
  emptyRss: number | undefined,
  label: string,
  pages = PAGES,
) {
  // Idle: what the server spends with no request at all (the job workers' polling, timers), once
  // the start-up work (migrations' aftermath, the queue's first passes, the sign-in) has settled.
  await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
  const idleFrom = cpuMs(portal.serverPid());
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idleTo = cpuMs(portal.serverPid());
  const idle = idleFrom !== undefined && idleTo !== undefined ? `${(((idleTo - idleFrom) / IDLE_MS) * 100).toFixed(1)}% of a core` : "n/a";
  report(
    `portal   started (${label}), idle ${IDLE_MS / 1000} s: CPU ${idle}, RSS ${mb(residentMb(portal.serverPid()))} [${describeBreakdown(memoryBreakdown(memoryFile))}]`,
  );
  for (const page of pages) {
    const headers = page.signedIn ? { cookie: portal.cookie } : undefined;
    await load(portal.base + page.path, { headers, seconds: 2 });
    const result = await load(portal.base + page.path, { headers });
    const rss = residentMb(portal.serverPid());
    // The preload writes every second: wait for a write taken after the load.
    await new Promise((r) => setTimeout(r, 1100));
    const breakdown = describeBreakdown(memoryBreakdown(memoryFile));
    const ratio = result.requestsPerSecond / empty.requestsPerSecond;
    report(
      `${line(`portal   ${page.path} (${label})`, result)}  ${ratio.toFixed(2)}x empty (target >= ${page.target}x)  RSS ${mb(rss)}${
        rss && emptyRss ? ` ${(rss / emptyRss).toFixed(2)}x empty (target <= 2x)` : ""
      }${breakdown ? ` [${breakdown}]` : ""}`,
    );
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function throughput(report: Report, emptyApp: EmptyApp) {
  await load(`${emptyApp.base}/`, { seconds: 2 });
  const empty = await load(`${emptyApp.base}/`);
  const emptyRss = residentMb(emptyApp.serverPid());
  report(`${line("empty    / (await headers())", empty)}  RSS ${mb(emptyRss)}`);

  // Where the server's memory is (JS heap, WebAssembly, buffers): bench/lib/memory-preload.cjs.
  const statsDir = mkdtempSync(path.join(tmpdir(), "portal-memory-"));
  const memoryFile = path.join(statsDir, "memory.json");
  const memoryEnv = { NODE_OPTIONS: `--require ${path.join(__dirname, "lib/memory-preload.cjs")}`, MEMORY_STATS_FILE: memoryFile };
  try {
    await pglitePortal(report, empty, emptyRss, memoryFile, memoryEnv);
    await postgresPortal(report, empty, emptyRss, memoryFile, memoryEnv);
  } finally {
    rmSync(statsDir, { recursive: true, force: true });
  }
}

async function pglitePortal(
  report: Report,
  empty: LoadResult,
  emptyRss: number | undefined,
  memoryFile: string,
  env: Record<string, string>,
) {
  // The embedded database, even when the bench itself was given a DATABASE_URL.
  const portal = await startPortal({ port: 3620, sandboxPort: 4621, env: { ...env, DATABASE_URL: undefined } });
  try {
    await measurePortal(report, portal, memoryFile, empty, emptyRss, "PGlite");
  } finally {
    await portal.stop();
  }
}

async function postgresPortal(
  report: Report,
  empty: LoadResult,
  emptyRss: number | undefined,
  memoryFile: string,
  env: Record<string, string>,
) {
  const adminUrl = await reachablePostgres();
  if (!adminUrl) {
    report("portal   Postgres: none reachable (DATABASE_URL or 127.0.0.1:5432), skipped");
    return;
  }
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const pgPortal = await startPortal({ port: 3620, sandboxPort: 4621, env: { ...env, DATABASE_URL: withDatabase(adminUrl, name) } });
    try {
      await measurePortal(report, pgPortal, memoryFile, empty, emptyRss, "Postgres", PAGES.slice(0, 1));
    } finally {
      await pgPortal.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
