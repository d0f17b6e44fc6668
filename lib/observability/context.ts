import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line of one request (or one job run) carries. */
export interface LogContext {
  requestId?: string;
  queue?: string;
  jobId?: string;
}

// One store per process, even when Next bundles this module more than once.
const KEY = Symbol.for("imin-portal.log-context");
type Holder = { [KEY]?: AsyncLocalStorage<LogContext> };

function store(): AsyncLocalStorage<LogContext> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<LogContext>();
  return holder[KEY];
}

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return store().run(context, fn);
}

export function logContext(): LogContext | undefined {
  return store().getStore();
}
