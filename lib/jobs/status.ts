import type PgBoss from "pg-boss";
import { DEAD_LETTER } from "./queues";

interface QueueCounts {
  name: string;
  waiting: number;
  active: number;
  failed: number;
}

interface DeadJob {
  queue: string;
  id: string;
  failedAt: Date | null;
  retries: number;
  reason: string;
}

export interface JobsStatus {
  queues: QueueCounts[];
  dead: DeadJob[];
}

function reasonOf(output: unknown): string {
  const o = (output ?? {}) as { message?: unknown; name?: unknown };
  const text = typeof o.message === "string" ? o.message : typeof o.name === "string" ? o.name : "no reason recorded";
  return text.replace(/\s+/g, " ").slice(0, 300);
}

/**
 * Counts per queue and the jobs that ran out of retries (state `failed`, still kept), newest first,
 * with the reason their last attempt gave. Job data is not shown: it may name a customer.
 */
export async function jobsStatus(db: PgBoss.Db, limit = 20): Promise<JobsStatus> {
  const counts = await db.executeSql(
    `SELECT q.name,
       count(j.id) FILTER (WHERE j.state IN ('created', 'retry'))::int AS waiting,
       count(j.id) FILTER (WHERE j.state = 'active')::int AS active,
       count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed
     FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name
     WHERE q.name NOT LIKE '\\_\\_pgboss%'
     GROUP BY q.name ORDER BY q.name`,
    [],
  );
  const dead = await db.executeSql(
    `SELECT name, id, completed_on, retry_count, output FROM pgboss.job
     WHERE state = 'failed' AND name <> $1 ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [DEAD_LETTER, limit],
  );
  return {
    queues: counts.rows.map((r) => ({ name: r.name, waiting: r.waiting, active: r.active, failed: r.failed })),
    dead: dead.rows.map((r) => ({
      queue: r.name,
      id: r.id,
      failedAt: r.completed_on ? new Date(r.completed_on) : null,
      retries: r.retry_count,
      reason: reasonOf(r.output),
    })),
  };
}
