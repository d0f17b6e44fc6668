import "server-only";
import { getDatabase } from "@/lib/db/client";
import { getBoss } from "@/lib/jobs/boss";
import { bossDb } from "@/lib/jobs/boss-db";
import { jobsStatus } from "@/lib/jobs/status";
import { outboxCounts } from "@/lib/mail/outbox";
import { latestReceipts } from "@/lib/notices/store";
import { recordAudit } from "./store";
import type { Actor } from "./customer-actions";

/** The broker-wide picture for the console: mail counts, job queues and dead jobs, webhook receipts. */
export async function operationsOverview() {
  const database = await getDatabase();
  const db = bossDb(database);
  const [mail, jobs, oldest, receipts] = await Promise.all([
    outboxCounts(),
    jobsStatus(db, 50).catch(() => undefined),
    db
      .executeSql(
        `SELECT name, extract(epoch FROM now() - min(created_on))::int AS age
         FROM pgboss.job WHERE state IN ('created', 'retry') GROUP BY name`,
        [],
      )
      .then((r) => new Map<string, number>(r.rows.map((row) => [row.name as string, row.age as number])))
      .catch(() => new Map<string, number>()),
    latestReceipts(20),
  ]);
  return {
    mail,
    jobs: jobs
      ? { queues: jobs.queues.map((q) => ({ ...q, oldestWaitingSeconds: oldest.get(q.name) ?? null })), dead: jobs.dead }
      : undefined,
    receipts,
  };
}

const JOB_ID = /^[0-9a-f-]{36}$/i;
const QUEUE = /^[a-z0-9._-]{1,100}$/i;

/** Retry or delete a job that ran out of retries (admins only; checked by the caller). */
export async function actOnDeadJob(actor: Actor, action: "retry" | "delete", queue: string, id: string) {
  if (!JOB_ID.test(id) || !QUEUE.test(queue)) return { ok: false, message: "No such job." };
  const boss = await getBoss();
  if (action === "retry") await boss.retry(queue, id);
  else await boss.deleteJob(queue, id);
  await recordAudit({ staff: actor, action: `job.${action}`, detail: { queue, id }, ip: actor.ip });
  return { ok: true, message: action === "retry" ? "The job will run again." : "The job is deleted." };
}
