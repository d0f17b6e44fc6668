import "server-only";
import type PgBoss from "pg-boss";
import { getDatabase } from "@/lib/db/client";
import { runWithLogContext } from "@/lib/observability/context";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { withSpan, withTraceCarrier } from "@/lib/observability/tracing";
import { ensureQueue, getBoss, TRACE_KEY } from "./boss";
import type { JobDefinition, JobSettings } from "./queues";
import { registerWaker, watchQueues } from "./wake";

const STARTED = Symbol.for("imin-portal.job-workers");
type Holder = { [STARTED]?: Promise<PgBoss> };

/** How often each worker polls its queue on Postgres, where other instances queue jobs too. */
const POLL_SECONDS = 2;
/**
 * On the embedded PGlite only this process can open the database, so every job is queued here: a
 * job queued through `enqueue` wakes its worker at once, and one query every WATCH_MS finds the jobs
 * pg-boss itself makes ready (recurring passes, retries). Each poll is a query run by the WASM
 * Postgres inside the server, so the workers' own polling is only a slow safety net.
 */
const PGLITE_POLL_SECONDS = 60;
const WATCH_MS = 5000;

/**
 * Starts this process's workers for the given jobs (lib/portal-jobs.ts lists the portal's) and
 * (re)declares the recurring ones. Each job goes to one worker, whichever process it runs in; a
 * failure is retried with back-off as its queue says.
 */
export function startJobWorkers(jobs: JobDefinition[], opts: JobSettings & { pollingSeconds?: number }): Promise<PgBoss> {
  const holder = globalThis as Holder;
  holder[STARTED] ??= (async () => {
    const boss = await getBoss({ maintain: true });
    // Stopped (tests, the worker's shutdown): a later call starts workers on the next queue.
    boss.once("stopped", () => delete holder[STARTED]);
    const embedded = (await getDatabase()).kind === "pglite";
    const pollingSeconds = opts.pollingSeconds ?? (embedded ? PGLITE_POLL_SECONDS : POLL_SECONDS);
    for (const { queue: definition, handle } of jobs) {
      const queue = definition.name;
      await ensureQueue(boss, definition);
      let id: string | undefined;
      const wake = () => id && boss.notifyWorker(id);
      id = await boss.work<Record<string, unknown>>(queue, { pollingIntervalSeconds: pollingSeconds }, async ([job]) => {
        const { [TRACE_KEY]: carrier, ...data } = job!.data ?? {};
        const startedAt = performance.now();
        const done = (outcome: "ok" | "failed") => {
          const seconds = (performance.now() - startedAt) / 1000;
          metrics().jobRuns.inc({ queue, outcome });
          metrics().jobDuration.observe({ queue, outcome }, seconds);
          return { job: { outcome, ms: Math.round(seconds * 1000) } };
        };
        // A job queued by a request continues that request's trace (lib/jobs/boss.ts enqueue).
        try {
          return await withTraceCarrier(carrier, () =>
            withSpan(
              `job ${queue}`,
              { "job.queue": queue, "job.id": job!.id },
              () =>
                runWithLogContext({ queue, jobId: job!.id }, async () => {
                  const result = await handle(data);
                  log().info(done("ok"), `jobs: ${queue} ran`);
                  return result;
                }),
              true,
            ),
          );
        } catch (error) {
          const reason = error instanceof Error ? error.message.slice(0, 200) : "error";
          runWithLogContext({ queue, jobId: job!.id }, () =>
            log().error({ ...done("failed"), reason }, `jobs: ${queue} ${job!.id} failed (${reason})`),
          );
          throw error;
        } finally {
          // While a queue has work, its worker looks again at the Postgres pace, not the slow one.
          if (embedded) setTimeout(wake, POLL_SECONDS * 1000).unref();
        }
      });
      registerWaker(queue, { wake, pollMs: pollingSeconds * 1000 });
    }
    const names = jobs.map((job) => job.queue.name);
    if (embedded && pollingSeconds * 1000 > WATCH_MS) watchQueues(boss.getDb(), names, WATCH_MS);
    for (const job of jobs) if (job.every) await boss.schedule(job.queue.name, job.every(opts));
    return boss;
  })().catch((e) => {
    delete holder[STARTED];
    throw e;
  });
  return holder[STARTED]!;
}
