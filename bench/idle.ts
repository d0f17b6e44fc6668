/**
 * `npm run bench -- --only=idle`: the portal at rest. The Next.js server's CPU use with no request
 * at all (job polling, timers) over IDLE_SECONDS (30), and its resident memory split into JS heap,
 * WebAssembly (PGlite) and buffers: after a fresh start (a new data directory, so PGlite runs
 * initdb), after a restart on that directory, and on Postgres when one is reachable.
 * The portal runs against a separately started sandbox (so a restart keeps its data directory,
 * which `npm start` in sandbox mode resets): ports IDLE_PORT (3623) and IDLE_SANDBOX_PORT (4626),
 * build NEXT_DIST_DIR (`.next-bench-portal`), data directory IDLE_DATA_DIR (a throwaway one).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { cpuMs, describeBreakdown, memoryBreakdown, nextServerPid, residentMb } from "./lib/memory";
import { startProcess, waitForHttp } from "./lib/processes";
import { reachablePostgres } from "./lib/postgres";

type Report = (line: string) => void;

const root = path.resolve(__dirname, "..");
const SANDBOX_KEY = "sandbox-api-key";

const mb = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(0)} MB`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "n/a";
  }
}

export async function idle(report: Report) {
  const port = Number(process.env.IDLE_PORT) || 3623;
  const sandboxPort = Number(process.env.IDLE_SANDBOX_PORT) || 4626;
  const seconds = Number(process.env.IDLE_SECONDS) || 30;
  const ownDataDir = !process.env.IDLE_DATA_DIR;
  const dataDir = path.resolve(root, process.env.IDLE_DATA_DIR || mkdtempSync(path.join(tmpdir(), "portal-idle-")));
  const statsDir = mkdtempSync(path.join(tmpdir(), "portal-idle-memory-"));
  const memoryFile = path.join(statsDir, "memory.json");
  const webhookKey = randomBytes(12).toString("hex");
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const sandbox = startProcess(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "sandbox/main.ts"],
    {
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_SMTP_PORT: String(sandboxPort + 15),
      SANDBOX_WEBHOOK_URL: `http://localhost:${port}/api/webhooks/imin`,
      SANDBOX_WEBHOOK_API_KEY: webhookKey,
    },
    root,
  );
  const portalEnv = {
    PORT: String(port),
    DATA_DIR: dataDir,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-bench-portal",
    IMIN_API_KEY: SANDBOX_KEY,
    IMIN_BOOKING_API_URL: `${sandboxUrl}/api/v2`,
    IMIN_EVENTS_API_URL: `${sandboxUrl}/events-api/v2`,
    IMIN_FACILITIES_API_URL: `${sandboxUrl}/facilities-api/v2`,
    IMIN_FIREHOSE_URL: `${sandboxUrl}/firehose`,
    IMIN_CHECKOUT_URL: sandboxUrl,
    IMIN_WEBHOOK_API_KEY: webhookKey,
    PORTAL_URL: `http://localhost:${port}`,
    AUTH_SECURE_COOKIES: "false",
    SMTP_URL: `smtp://localhost:${sandboxPort + 15}`,
    MAIL_FROM: "no-reply@portal.example",
    // --expose-gc: SIGUSR2 makes the preload collect garbage, to tell live memory from garbage.
    NODE_OPTIONS: `--expose-gc --require ${path.join(__dirname, "lib/memory-preload.cjs")}`,
    MEMORY_STATS_FILE: memoryFile,
  };

  // The PGlite phases must not inherit a DATABASE_URL the bench itself was given.
  const measure = async (label: string, env: Record<string, string | undefined> = { DATABASE_URL: undefined }) => {
    const portal = startProcess(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
      { ...portalEnv, ...env },
      root,
    );
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, 15 * 60_000, portal);
      const pid = nextServerPid(portal.child.pid!);
      // Start-up work (migrations, the queue's first passes) settles first.
      await pause(5000);
      const from = cpuMs(pid);
      await pause(seconds * 1000);
      const to = cpuMs(pid);
      const cpu = from !== undefined && to !== undefined ? `${(((to - from) / (seconds * 1000)) * 100).toFixed(1)}% of a core` : "n/a";
      report(
        `idle     ${label.padEnd(30)} CPU ${cpu} over ${seconds} s, RSS ${mb(residentMb(pid))} [${describeBreakdown(memoryBreakdown(memoryFile))}]  (load ${loadAverage()})`,
      );
      if (pid) process.kill(pid, "SIGUSR2");
      await pause(1500);
      report(`idle     ${"  after a forced GC".padEnd(30)} RSS ${mb(residentMb(pid))} [${describeBreakdown(memoryBreakdown(memoryFile))}]`);
    } finally {
      await portal.stop();
    }
  };

  try {
    await waitForHttp(`${sandboxUrl}/admin/clock`, 60_000, sandbox);
    rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
    await measure("PGlite, fresh data directory");
    await measure("PGlite, restarted on it");
    const adminUrl = await reachablePostgres();
    if (!adminUrl) {
      report("idle     Postgres: none reachable (DATABASE_URL or 127.0.0.1:5432), skipped");
      return;
    }
    const name = `portal_idle_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await measure("Postgres", { DATABASE_URL: url.toString() });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } finally {
    await sandbox.stop();
    rmSync(statsDir, { recursive: true, force: true });
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
