/**
 * Throughput and memory, side by side with the empty dynamic page of the same Next.js: each page
 * loaded in turn by autocannon (20 connections, 10 s), then the Next.js server's resident memory.
 * With Postgres reachable (DATABASE_URL, or 127.0.0.1:5432 as postgres/postgres) `/bookings` is
 * measured again on a fresh database, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { EmptyApp } from "./lib/empty-app";
import { load, type LoadResult } from "./lib/load";
import { residentMb } from "./lib/memory";
import { startPortal, type BenchPortal } from "./lib/portal";

type Report = (line: string) => void;

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
  empty: LoadResult,
  emptyRss: number | undefined,
  label: string,
  pages = PAGES,
) {
  for (const page of pages) {
    const headers = page.signedIn ? { cookie: portal.cookie } : undefined;
    await load(portal.base + page.path, { headers, seconds: 2 });
    const result = await load(portal.base + page.path, { headers });
    const rss = residentMb(portal.serverPid());
    const ratio = result.requestsPerSecond / empty.requestsPerSecond;
    report(
      `${line(`portal   ${page.path} (${label})`, result)}  ${ratio.toFixed(2)}x empty (target >= ${page.target}x)  RSS ${mb(rss)}${
        rss && emptyRss ? ` ${(rss / emptyRss).toFixed(2)}x empty (target <= 2x)` : ""
      }`,
    );
  }
}

async function postgresAdminUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
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

  const portal = await startPortal({ port: 3620, sandboxPort: 4621 });
  try {
    await measurePortal(report, portal, empty, emptyRss, "PGlite");
  } finally {
    await portal.stop();
  }

  const adminUrl = await postgresAdminUrl();
  if (!adminUrl) {
    report("portal   Postgres: none reachable (DATABASE_URL or 127.0.0.1:5432), skipped");
    return;
  }
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const pgPortal = await startPortal({ port: 3620, sandboxPort: 4621, env: { DATABASE_URL: withDatabase(adminUrl, name) } });
    try {
      await measurePortal(report, pgPortal, empty, emptyRss, "Postgres", PAGES.slice(0, 1));
    } finally {
      await pgPortal.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
