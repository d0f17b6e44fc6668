/**
 * `npm run bench -- --only=scale`: the portal on 1 and on N instances (SCALE_INSTANCES, default 2)
 * behind HAProxy on one Postgres, the sandbox as imin (in this process). A signed-in load of
 * SCALE_CONNECTIONS (200) clients for SCALE_SECONDS (60) cycles through pages and searches while
 * seller-side changes send webhooks and the customer cancels bookings on /bookings in Chromium
 * (its Cancel dialog); then it checks that every webhook was processed with no duplicate notice, that each
 * reminder was queued once, that every cancellation reached imin, and that no session was lost.
 * p50/p95/p99 come from every request's own time. Last, the job queue's cost on page time: the
 * median /bookings time of one instance with its workers running and with JOBS_WORKERS=false.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import autocannon, { type Options, type Result } from "autocannon";
import { Client } from "pg";
import { startSandbox } from "../sandbox/main";
import { startCluster } from "../scripts/support/cluster";
import { measureCpuSplit } from "./lib/cpu-split";
import { ensureBuild, keepBuild } from "./lib/ensure-build";
import { signIn } from "./lib/portal-session";
import { median, percentile } from "./lib/stats";
import { cancelBookings, type CancelRun } from "./lib/scale-cancel";

type Report = (line: string) => void;

const SANDBOX_PORT = 4605;
const LB_PORT = 4625;
const INSTANCE_PORTS = [3609, 3610];
const KEY = "sandbox-api-key";
const WEBHOOK_KEY = "scale-bench-webhook-key";

const PATHS = ["/bookings", "/account", "/book", "/orders", "/api/notices", "/sellers"];

interface Phase {
  instances: number;
  rps: number;
  p50: string;
  p95: string;
  p99: string;
  errors: number;
  non2xx: number;
  cancels: CancelRun;
}

/** autocannon, keeping every response's time (its own summary stops at p90 and p97.5). */
/** A percentile of times as "123 ms", or "–" when nothing was timed. */
function ms(times: number[], p: number): string {
  return times.length ? `${percentile(times, p).toFixed(0)} ms` : "–";
}

async function load(opts: Options): Promise<{ result: Result; times: number[] }> {
  const times: number[] = [];
  const instance = autocannon(opts);
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  return { result, times };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The portal cluster every scale run starts: its ports, database and build, with the sandbox as imin. */
function benchCluster(opts: { instances: number; databaseUrl: URL; distDir: string; sandboxUrl: string; env: Record<string, string> }) {
  return startCluster({
    instances: opts.instances,
    port: LB_PORT,
    instancePorts: INSTANCE_PORTS,
    databaseUrl: opts.databaseUrl.toString(),
    distDir: opts.distDir,
    iminUrl: opts.sandboxUrl,
    iminKey: KEY,
    webhookKey: WEBHOOK_KEY,
    env: opts.env,
  });
}

async function runPhase(report: Report, instances: number, adminUrl: string, distDir: string): Promise<Phase> {
  const name = `portal_scale_${process.pid}_${randomBytes(3).toString("hex")}`;
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  await query(adminUrl, `CREATE DATABASE ${name}`);
  const sandbox = await startSandbox({
    port: SANDBOX_PORT,
    apiKey: KEY,
    quiet: true,
    webhookUrl: `http://127.0.0.1:${LB_PORT}/api/webhooks/imin`,
    webhookApiKey: WEBHOOK_KEY,
  });
  try {
    const cluster = await benchCluster({ instances, databaseUrl, distDir, sandboxUrl: sandbox.url, env: { REMINDER_SCAN_MINUTES: "1" } });
    try {
      const cookie = await signIn(cluster.url, "demo@example.com", "sandbox-demo-2026");
      // The customer has seen their sellers: later seller-side changes are compared with this.
      await fetch(`${cluster.url}/sellers`, { headers: { cookie } });
      // Bookings to cancel during the load (booked at imin, as a checkout would).
      const booked = await fetch(`${sandbox.url}/admin/customers/demo-customer/bulk-bookings`, {
        method: "POST",
        headers: { "X-API-KEY": KEY, "content-type": "application/json" },
        body: JSON.stringify({ count: 40 }),
      });
      if (booked.status !== 201) throw new Error(`scale: bulk bookings answered ${booked.status}`);
      const seconds = Number(process.env.SCALE_SECONDS ?? 60);
      // Seller-side changes during the load: each sends imin's webhook to the load balancer.
      let changes = 0;
      const webhooks = setInterval(() => {
        changes += 1;
        void fetch(`${sandbox.url}/admin/linked-accounts/demo-customer/northern-active/access-pass`, {
          method: "POST",
          headers: { "X-API-KEY": KEY, "content-type": "application/json" },
          body: JSON.stringify({ text: `NA${String(10_000_000 + changes)}` }),
        });
      }, 3000);
      let loaded: Awaited<ReturnType<typeof load>>;
      let cancels: CancelRun;
      const cpuSplit = measureCpuSplit();
      try {
        [loaded, cancels] = await Promise.all([
          load({
            url: cluster.url,
            connections: Number(process.env.SCALE_CONNECTIONS ?? 200),
            duration: seconds,
            headers: { cookie },
            requests: PATHS.map((path) => ({ method: "GET", path })),
          }),
          cancelBookings(cluster.url, cookie, Date.now() + seconds * 1000),
        ]);
      } finally {
        clearInterval(webhooks);
      }
      report(`scale    ${instances} instance(s): CPU during the load (100% = one of ${availableParallelism()} cores): ${cpuSplit()}`);
      const { result, times } = loaded;
      // Let the jobs finish what the load queued.
      await new Promise((r) => setTimeout(r, 15_000));
      const stillSignedIn = await fetch(`${cluster.url}/account`, { headers: { cookie }, redirect: "manual" });
      const [receipts] = await query<{ waiting: number }>(
        databaseUrl.toString(),
        "SELECT count(*)::int AS waiting FROM webhook_receipts WHERE processed_at IS NULL",
      );
      // Every seller change carries a new access pass number, so one message twice is one change noticed twice.
      const repeated = await query<{ message: string; n: number }>(
        databaseUrl.toString(),
        "SELECT message, count(*)::int AS n FROM notices GROUP BY user_id, message HAVING count(*) > 1",
      );
      const dupes = { n: repeated.length };
      for (const r of repeated.slice(0, 3)) report(`scale    duplicate notice (${r.n}x): ${r.message}`);
      const [notices] = await query<{ n: number }>(databaseUrl.toString(), "SELECT count(*)::int AS n FROM notices");
      const [reminders] = await query<{ rows: number; jobs: number; mails: number }>(
        databaseUrl.toString(),
        `SELECT (SELECT count(*)::int FROM booking_reminders) AS rows,
                (SELECT count(DISTINCT singleton_key)::int FROM pgboss.job WHERE name = 'reminder-send') AS jobs,
                (SELECT count(*)::int FROM mail_outbox WHERE kind = 'booking-reminder') AS mails`,
      );
      const [sent] = await query<{ n: number }>(
        databaseUrl.toString(),
        "SELECT count(*)::int AS n FROM booking_reminders WHERE status = 'sent'",
      );
      // Every cancellation the portal confirmed is cancelled at imin, and its reminder was not sent after it.
      const cancelledIds = new Set(
        [...sandbox.ctx.store.orders.values()]
          .flatMap((o) => o.items)
          .filter((i) => i.status === "CustomerCancelled")
          .map((i) => i.identifier),
      );
      const confirmedAtImin = cancels.cancelled.filter((id) => cancelledIds.has(id.split("/").pop() ?? id)).length;
      const itemList = cancels.cancelled.map((id) => `'${id.replace(/'/g, "''")}'`).join(",") || "''";
      const [cancelReminders] = await query<{ cancelled: number; other: number }>(
        databaseUrl.toString(),
        `SELECT count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled, count(*) FILTER (WHERE status <> 'cancelled')::int AS other
         FROM booking_reminders WHERE item_id IN (${itemList})`,
      );
      const [overlap] = await query<{ n: number }>(
        databaseUrl.toString(),
        `SELECT count(*)::int AS n FROM pgboss.job a JOIN pgboss.job b ON a.name = b.name AND a.id < b.id
         WHERE a.name = 'reminder-scan' AND a.started_on < b.completed_on AND b.started_on < a.completed_on`,
      );
      report(
        `scale    ${instances} instance(s): ${seconds} s of ${PATHS.length} pages, ${changes} seller changes (webhooks); ` +
          `receipts left ${receipts!.waiting}, notices ${notices!.n} (duplicates ${dupes.n}); reminders ${reminders!.rows} booked items, ` +
          `${reminders!.jobs} jobs, ${sent!.n} sent, ${reminders!.mails} reminder mails; overlapping scans ${overlap!.n}; ` +
          `session after the run: ${stillSignedIn.status === 200 ? "kept" : `LOST (${stillSignedIn.status})`}`,
      );
      report(
        `scale    ${instances} instance(s): cancellations in Chromium on /bookings: ${cancels.cancelled.length} done ` +
          `(${confirmedAtImin} cancelled at imin), ${cancels.failed} failed; cancel p50 ${ms(cancels.times, 50)}, ` +
          `p95 ${ms(cancels.times, 95)}; their reminders: ${cancelReminders!.cancelled} cancelled, ` +
          `${cancelReminders!.other} not (scheduled before the next scan, or sent before the cancellation)`,
      );
      return {
        instances,
        rps: result.requests.average,
        p50: ms(times, 50),
        p95: ms(times, 95),
        p99: ms(times, 99),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        cancels,
      };
    } finally {
      await cluster.stop();
    }
  } finally {
    await sandbox.close();
    await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * The job queue's cost on page time: one instance on a fresh database, its /bookings median under
 * a light load with the workers running (polling, recurring scans) and with JOBS_WORKERS=false,
 * alternated (on, off, on, off…) so that a change in the machine's load hits both alike.
 */
async function queueCost(report: Report, adminUrl: string, distDir: string) {
  const name = `portal_queue_${process.pid}_${randomBytes(3).toString("hex")}`;
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  await query(adminUrl, `CREATE DATABASE ${name}`);
  const sandbox = await startSandbox({ port: SANDBOX_PORT, apiKey: KEY, quiet: true });
  const seconds = Number(process.env.SCALE_QUEUE_SECONDS ?? 20);
  const rounds = Number(process.env.SCALE_QUEUE_ROUNDS ?? 2);
  const times: Record<"on" | "off", number[]> = { on: [], off: [] };
  try {
    for (let round = 0; round < rounds * 2; round++) {
      const workers = round % 2 === 0 ? "on" : "off";
      const cluster = await benchCluster({
        instances: 1,
        databaseUrl,
        distDir,
        sandboxUrl: sandbox.url,
        env: { REMINDER_SCAN_MINUTES: "1", JOBS_WORKERS: workers === "on" ? "true" : "false" },
      });
      try {
        const [instance] = cluster.instances;
        const cookie = await signIn(instance!, "demo@example.com", "sandbox-demo-2026");
        // Warm-up: compiled routes, caches, the first reminder scan's start.
        await load({ url: `${instance}/bookings`, connections: 2, amount: 20, headers: { cookie } });
        const { times: t } = await load({ url: `${instance}/bookings`, connections: 4, duration: seconds, headers: { cookie } });
        times[workers].push(...t);
      } finally {
        await cluster.stop();
      }
    }
  } finally {
    await sandbox.close();
    await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const on = median(times.on);
  const off = median(times.off);
  report(
    `scale    queue cost on page time (1 instance, /bookings, 4 connections, ${rounds}×${seconds} s each): median ${on.toFixed(1)} ms ` +
      `with workers running (${times.on.length} requests), ${off.toFixed(1)} ms with JOBS_WORKERS=false (${times.off.length}); ` +
      `difference ${(on - off).toFixed(1)} ms (target < 5 ms)`,
  );
}

export async function scale(report: Report) {
  const adminUrl = process.env.SCALE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-jobs";
  // A fresh clone has no build: make it (SCALE_BUILD=1 rebuilds), and keep it from scripts/start.ts' rebuilds.
  ensureBuild(distDir, report, process.env.SCALE_BUILD === "1");
  keepBuild(distDir);
  const n = Math.min(Number(process.env.SCALE_INSTANCES ?? 2), INSTANCE_PORTS.length);
  const phases: Phase[] = [];
  for (const instances of [1, n]) phases.push(await runPhase(report, instances, adminUrl, distDir));
  for (const p of phases) {
    report(
      `scale    ${p.instances} instance(s) behind HAProxy: ${p.rps.toFixed(1)} req/s, p50 ${p.p50}, p95 ${p.p95}, p99 ${p.p99}, ` +
        `${p.errors} errors, ${p.non2xx} non-2xx; ${p.cancels.cancelled.length} cancellations`,
    );
  }
  report(`scale    throughput ${n} vs 1 instance: ${(phases[1]!.rps / phases[0]!.rps).toFixed(2)}x (target 1.5x)`);
  await queueCost(report, adminUrl, distDir);
}
