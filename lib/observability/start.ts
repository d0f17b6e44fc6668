import "server-only";
import { getEnv } from "@/lib/env";
import { metrics } from "./metrics";
import { startMetricsServer } from "./metrics-server";
import { observeRequest } from "./requests";

// scripts/serve.mjs passes each request through this when it is set (request id, metrics, log line).
const OBSERVE = Symbol.for("imin-portal.observe-request");

/**
 * Called first by instrumentation.ts (Node runtime): tracing when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set, the metrics registry and its server when METRICS_PORT is, and the request observer.
 * Invalid configuration is left for start-up to report.
 */
export async function startObservability() {
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch {
    return;
  }
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    // The SDK is loaded only when tracing is on.
    const { startTracing } = await import("./tracing-sdk");
    startTracing(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  }
  metrics();
  if (env.METRICS_PORT) startMetricsServer(env.METRICS_PORT);
  (globalThis as { [OBSERVE]?: typeof observeRequest })[OBSERVE] = observeRequest;
}
