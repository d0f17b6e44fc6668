import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * The portal's Prometheus metrics: one registry per process, kept on globalThis so every bundle
 * Next makes of this module (instrumentation, route handlers, pages) counts into the same one.
 * Served by lib/observability/metrics-server.ts on METRICS_PORT only. Labels never hold ids,
 * paths with ids, addresses or anything a customer typed: route patterns and endpoint templates.
 */

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function create() {
  const registry = new Registry();
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Histogram<L>({ name, help, labelNames, buckets: SECONDS, registers: [registry] });
  const gauge = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: counter("portal_http_requests_total", "Requests answered, by route pattern, kind and status class.", [
      "route",
      "kind",
      "status_class",
    ]),
    httpDuration: histogram("portal_http_request_duration_seconds", "Time to answer a request (until the response ended).", [
      "route",
      "kind",
      "status_class",
    ]),
    iminRequests: counter("portal_imin_requests_total", "Attempts of calls to imin, by API, method, endpoint template and outcome.", [
      "api",
      "method",
      "endpoint",
      "outcome",
      "retry",
    ]),
    iminDuration: histogram("portal_imin_request_duration_seconds", "Time of one attempt of an imin call.", [
      "api",
      "method",
      "endpoint",
      "outcome",
    ]),
    jobRuns: counter("portal_job_runs_total", "Job runs in this process, by queue and outcome.", ["queue", "outcome"]),
    jobDuration: histogram("portal_job_run_duration_seconds", "Time of one job run.", ["queue", "outcome"]),
    mailSends: counter("portal_mail_sends_total", "Mail delivery attempts, by kind and outcome (sent, retry, failed).", [
      "kind",
      "outcome",
    ]),
    signIns: counter("portal_sign_in_attempts_total", "Password checks, by outcome (success, failure, locked).", ["outcome"]),
    webhookReceipts: counter("portal_webhook_receipts_total", "imin webhook requests, by outcome.", ["outcome"]),
    queueDepth: gauge("portal_job_queue_waiting", "Jobs waiting per queue (created or retry).", ["queue"]),
    queueOldest: gauge("portal_job_queue_oldest_waiting_seconds", "Age of the oldest job that is due and waiting, per queue.", ["queue"]),
    queueFailed: gauge("portal_job_queue_failed", "Jobs that ran out of retries and are still kept, per queue.", ["queue"]),
    outbox: gauge("portal_mail_outbox", "Stored mail by status (pending, sending, failed).", ["status"]),
    activeSessions: gauge("portal_active_sessions", "Sessions neither revoked, expired nor idle too long.", []),
  };
}

export type PortalMetrics = ReturnType<typeof create>;

const KEY = Symbol.for("imin-portal.metrics");
type Holder = { [KEY]?: PortalMetrics };

export function metrics(): PortalMetrics {
  const holder = globalThis as Holder;
  holder[KEY] ??= create();
  return holder[KEY];
}

/** 200 → "2xx"; what the status-class label holds. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}
