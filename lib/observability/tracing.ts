import { type Attributes, context, propagation, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";

/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation.ts starts
 * them for the Node runtime). Next.js makes its own span per request; the portal adds spans for
 * each imin call (lib/imin/http.ts), each database query inside a traced operation
 * (lib/observability/db-spans.ts) and each job run (lib/jobs/start.ts), which continues the trace
 * of the request that queued it. Only the API here: the SDK is in tracing-sdk.ts, and with tracing
 * off every call here is the API's no-op.
 */

const tracer = () => trace.getTracer("imin-portal");

export type { Span } from "@opentelemetry/api";

/** A client span under the active one, for the caller to end (one imin attempt). */
export function startClientSpan(name: string, attributes: Attributes): Span {
  return tracer().startSpan(name, { attributes, kind: SpanKind.CLIENT });
}

export function markSpanFailed(span: Span, message: string) {
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

/** Runs `fn` in a new active span (a client span: imin, the database); an error marks it and is thrown on. */
export function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>, internal = false): Promise<T> {
  const kind = internal ? SpanKind.INTERNAL : SpanKind.CLIENT;
  return tracer().startActiveSpan(name, { attributes, kind }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      markSpanFailed(span, error instanceof Error ? error.name : "error");
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Only inside a traced operation: a query with no parent (pg-boss polling) makes no trace of its own. */
export function hasActiveSpan(): boolean {
  return trace.getActiveSpan()?.isRecording() ?? false;
}

/** The active trace context as W3C headers (`traceparent`), to travel in a job's data. */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Runs `fn` inside the trace context a carrier holds (from traceCarrier), or as is. */
export function withTraceCarrier<T>(carrier: unknown, fn: () => T): T {
  if (!carrier || typeof carrier !== "object") return fn();
  return context.with(propagation.extract(context.active(), carrier), fn);
}
