import "server-only";
import { and, count, gt, isNull, sql } from "drizzle-orm";
import { getDatabase } from "@/lib/db/client";
import { loginSessions, mailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { bossDb } from "@/lib/jobs/boss-db";
import { jobsStatus } from "@/lib/jobs/status";
import { metrics } from "./metrics";

/**
 * The gauges read from the database when /metrics is scraped: queues, the mail outbox and active
 * sessions. They count the whole database, so several instances report the same figures (alert on
 * max(), not sum()). A failed read leaves the last values and says so in the log of the scrape.
 */
export async function refreshDatabaseGauges(): Promise<void> {
  const m = metrics();
  const database = await getDatabase();
  const boss = bossDb(database);
  const status = await jobsStatus(boss, 1);
  const oldest = await boss.executeSql(
    `SELECT name, extract(epoch FROM now() - min(created_on))::float AS age
     FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now() GROUP BY name`,
    [],
  );
  const ages = new Map<string, number>(oldest.rows.map((r) => [r.name, Number(r.age)]));
  m.queueDepth.reset();
  m.queueOldest.reset();
  m.queueFailed.reset();
  for (const q of status.queues) {
    m.queueDepth.set({ queue: q.name }, q.waiting);
    m.queueFailed.set({ queue: q.name }, q.failed);
    m.queueOldest.set({ queue: q.name }, Math.max(0, ages.get(q.name) ?? 0));
  }

  const db = database.db;
  const outbox = await db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status);
  for (const status of ["pending", "sending", "failed"] as const) {
    m.outbox.set({ status }, outbox.find((r) => r.status === status)?.n ?? 0);
  }

  const idleDays = getEnv().SESSION_IDLE_DAYS;
  const [active] = await db
    .select({ n: count() })
    .from(loginSessions)
    .where(
      and(
        isNull(loginSessions.revokedAt),
        gt(loginSessions.expiresAt, sql`now()`),
        gt(loginSessions.lastSeenAt, sql`now() - make_interval(days => ${idleDays})`),
      ),
    );
  m.activeSessions.set(active?.n ?? 0);
}
