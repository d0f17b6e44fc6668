/**
 * `npm run bench -- --only=scale`: the portal on 1 and on N instances (SCALE_INSTANCES, default 2)
 * behind HAProxy on one Postgres, the sandbox as imin (in this process). A signed-in load of
 * SCALE_CONNECTIONS (200) clients for SCALE_SECONDS (60) cycles through pages and searches while
 * seller-side changes send webhooks; then it checks that every webhook was processed with no
 * duplicate notice, that each reminder was queued once, and that no session was lost.
 */
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { Client } from "pg";
import { startSandbox } from "../sandbox/main";
import { startCluster } from "../scripts/support/cluster";
import { signIn } from "./lib/portal-session";

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
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
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
    const cluster = await startCluster({
      instances,
      port: LB_PORT,
      instancePorts: INSTANCE_PORTS,
      databaseUrl: databaseUrl.toString(),
      distDir,
      iminUrl: sandbox.url,
      iminKey: KEY,
      webhookKey: WEBHOOK_KEY,
      env: { REMINDER_SCAN_MINUTES: "1" },
    });
    try {
      const cookie = await signIn(cluster.url, "demo@example.com", "sandbox-demo-2026");
      // The customer has seen their sellers: later seller-side changes are compared with this.
      await fetch(`${cluster.url}/sellers`, { headers: { cookie } });
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
      let result: Awaited<ReturnType<typeof autocannon>>;
      try {
        result = await autocannon({
          url: cluster.url,
          connections: Number(process.env.SCALE_CONNECTIONS ?? 200),
          duration: seconds,
          headers: { cookie },
          requests: PATHS.map((path) => ({ method: "GET", path })),
        });
      } finally {
        clearInterval(webhooks);
      }
      // Let the jobs finish what the load queued.
      await new Promise((r) => setTimeout(r, 15_000));
      const stillSignedIn = await fetch(`${cluster.url}/account`, { headers: { cookie }, redirect: "manual" });
      const [receipts] = await query<{ waiting: number }>(
        databaseUrl.toString(),
        "SELECT count(*)::int AS waiting FROM webhook_receipts WHERE processed_at IS NULL",
      );
      const [dupes] = await query<{ n: number }>(
        databaseUrl.toString(),
        "SELECT count(*)::int AS n FROM (SELECT message FROM notices GROUP BY user_id, message HAVING count(*) > 1) d",
      );
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
      const [overlap] = await query<{ n: number }>(
        databaseUrl.toString(),
        `SELECT count(*)::int AS n FROM pgboss.job a JOIN pgboss.job b ON a.name = b.name AND a.id < b.id
         WHERE a.name = 'reminder-scan' AND a.started_on < b.completed_on AND b.started_on < a.completed_on`,
      );
      report(
        `scale    ${instances} instance(s): ${seconds} s of ${PATHS.length} pages, ${changes} seller changes (webhooks); ` +
          `receipts left ${receipts!.waiting}, notices ${notices!.n} (duplicates ${dupes!.n}); reminders ${reminders!.rows} booked items, ` +
          `${reminders!.jobs} jobs, ${sent!.n} sent, ${reminders!.mails} reminder mails; overlapping scans ${overlap!.n}; ` +
          `session after the run: ${stillSignedIn.status === 200 ? "kept" : `LOST (${stillSignedIn.status})`}`,
      );
      return {
        instances,
        rps: result.requests.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      };
    } finally {
      await cluster.stop();
    }
  } finally {
    await sandbox.close();
    await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export async function scale(report: Report) {
  const adminUrl = process.env.SCALE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-jobs";
  const n = Math.min(Number(process.env.SCALE_INSTANCES ?? 2), INSTANCE_PORTS.length);
  const phases: Phase[] = [];
  for (const instances of [1, n]) phases.push(await runPhase(report, instances, adminUrl, distDir));
  for (const p of phases) {
    report(
      `scale    ${p.instances} instance(s) behind HAProxy: ${p.rps.toFixed(0)} req/s, p50 ${p.p50} ms, p90 ${p.p90} ms, p99 ${p.p99} ms, ` +
        `${p.errors} errors, ${p.non2xx} non-2xx`,
    );
  }
  report(`scale    throughput ${n} vs 1 instance: ${(phases[1]!.rps / phases[0]!.rps).toFixed(2)}x (target 1.5x)`);
}
