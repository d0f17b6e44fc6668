import type PgBoss from "pg-boss";

/**
 * Waking this process's job workers without waiting for their next poll. A worker polls its queue
 * every so often (pg-boss `pollingIntervalSeconds`); a job queued by this very process wakes the
 * worker of its queue at once (or when it falls due, if that comes before the next poll), so slow
 * polling costs nothing for work made here. Kept on globalThis: Next.js may bundle this module more
 * than once (the instrumentation that starts the workers, the routes that queue jobs).
 */

interface Waker {
  wake: () => void;
  pollMs: number;
}

const KEY = Symbol.for("imin-portal.job-wakers");
type State = { wakers: Map<string, Waker[]>; watchers: Set<() => void> };
type Holder = { [KEY]?: State };

function state(): State {
  const holder = globalThis as Holder;
  holder[KEY] ??= { wakers: new Map(), watchers: new Set() };
  return holder[KEY];
}

function wakers(): Map<string, Waker[]> {
  return state().wakers;
}

/** `wake` gets this process's worker of `queue` to look for a job now; it polls every `pollMs` anyway. */
export function registerWaker(queue: string, waker: Waker): void {
  wakers().set(queue, [...(wakers().get(queue) ?? []), waker]);
}

/** Forgets every waker and stops the watchers (the queue of this process stopped). */
export function stopWaking(): void {
  wakers().clear();
  for (const stop of state().watchers) stop();
  state().watchers.clear();
}

/** When a job queued with pg-boss's `startAfter` falls due, in ms from now (0: now). */
export function dueInMs(startAfter: PgBoss.SendOptions["startAfter"], now = Date.now()): number {
  if (startAfter === undefined || startAfter === null) return 0;
  if (typeof startAfter === "number") return Math.max(0, startAfter * 1000);
  const at = startAfter instanceof Date ? startAfter.getTime() : Date.parse(startAfter);
  return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}

/**
 * A job was queued on `queue` by this process, due in `dueMs`: wakes the local worker now, or when
 * the job falls due if that is before the worker's next poll anyway.
 */
export function wakeWorkers(queue: string, dueMs: number): void {
  for (const { wake, pollMs } of wakers().get(queue) ?? []) {
    if (dueMs <= 0) wake();
    // pg-boss takes jobs whose start is strictly before the database's now(): a little after.
    else if (dueMs < pollMs) setTimeout(wake, dueMs + 50).unref();
  }
}

/**
 * Jobs this process did not queue through `enqueue` (pg-boss's own: the recurring passes its clock
 * inserts, retries falling due) are found by one cheap query every `intervalMs` over every queue,
 * instead of each worker polling its queue that often; the queues with a job ready are woken.
 * Runs until `stopWaking`.
 */
export function watchQueues(db: PgBoss.Db, queues: string[], intervalMs: number): void {
  let running = false;
  let stopped = false;
  const timer = setInterval(async () => {
    if (running || stopped) return;
    running = true;
    try {
      const { rows } = await db.executeSql(
        "SELECT DISTINCT name FROM pgboss.job WHERE name = ANY($1::text[]) AND state < 'active' AND start_after < now()",
        [queues],
      );
      if (!stopped) for (const row of rows as { name: string }[]) wakeWorkers(row.name, 0);
    } catch {
      // The workers' own polling still finds the jobs; pg-boss reports database errors itself.
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  state().watchers.add(() => {
    stopped = true;
    clearInterval(timer);
  });
}
