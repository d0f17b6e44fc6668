import PgBoss from "pg-boss";
import { getDatabase } from "@/lib/db/client";
import { log } from "@/lib/observability/log";
import { traceCarrier } from "@/lib/observability/tracing";
import { bossDb } from "./boss-db";
import { DEAD_LETTER, type Queue } from "./queues";
import { dueInMs, stopWaking, wakeWorkers } from "./wake";

const KEY = Symbol.for("imin-portal.job-queue");
type Holder = { [KEY]?: Promise<PgBoss> };

/**
 * The job queue (pg-boss, schema `pgboss`, in the portal's own database), started once per process.
 * `maintain`: this process also runs pg-boss's upkeep (expiry, retention) and fires the recurring
 * jobs; every worker process does, the portal without workers does not.
 */
export function getBoss(opts: { maintain?: boolean } = {}): Promise<PgBoss> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = openBoss(opts.maintain ?? false).catch((e) => {
      delete holder[KEY];
      throw e;
    });
  }
  return holder[KEY]!;
}

async function openBoss(maintain: boolean): Promise<PgBoss> {
  const boss = new PgBoss({
    db: bossDb(await getDatabase()),
    supervise: maintain,
    schedule: maintain,
    // Finished jobs are kept a week for `npm run jobs`, then deleted.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on("error", (e: Error) => log().error({ reason: e.message.slice(0, 200) }, "jobs: queue error"));
  await boss.start();
  await boss.createQueue(DEAD_LETTER);
  return boss;
}

/** Where a job's data carries the trace context of the request that queued it (lib/jobs/start.ts continues it). */
export const TRACE_KEY = "_trace";

const CREATED = new WeakMap<PgBoss, Map<string, Promise<void>>>();

/** Creates the queue (with its policy) once per process; pg-boss leaves an existing queue as it is. */
export function ensureQueue(boss: PgBoss, queue: Queue): Promise<void> {
  let created = CREATED.get(boss);
  if (!created) {
    created = new Map();
    CREATED.set(boss, created);
  }
  let pending = created.get(queue.name);
  if (!pending) {
    const byName = created;
    pending = boss.createQueue(queue.name, { name: queue.name, ...queue.options }).catch((e) => {
      byName.delete(queue.name);
      throw e;
    });
    created.set(queue.name, pending);
  }
  return pending;
}

/** Stops the queue of this process (tests, the worker's shutdown): running jobs get `timeoutMs` to finish. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  stopWaking();
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: timeoutMs > 0, timeout: Math.max(timeoutMs, 1000), close: false, wait: true });
}

/**
 * Queues a job; with a singleton key, a job already queued under the same key makes this one a no-op
 * (null). This process's worker of the queue, if any, is woken for it (lib/jobs/wake.ts).
 */
export async function enqueue(queue: Queue, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = await getBoss();
  await ensureQueue(boss, queue);
  const carrier = traceCarrier();
  const id = await boss.send(queue.name, Object.keys(carrier).length ? { ...data, [TRACE_KEY]: carrier } : data, options);
  if (id) wakeWorkers(queue.name, dueInMs(options.startAfter));
  return id;
}
