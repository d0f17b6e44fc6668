import { type Attributes, context, propagation, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type Span as SdkSpan, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { routeOf } from "./routes";

/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation.ts starts
 * them for the Node runtime). Next.js makes its own span per request; the portal adds spans for
 * each imin call (lib/imin/http.ts), each database query inside a traced operation
 * (lib/observability/db-spans.ts) and each job run (lib/jobs/start.ts), which continues the trace
 * of the request that queued it. With tracing off every call here is the API's no-op.
 */

const KEY = Symbol.for("imin-portal.tracer-provider");
type Holder = { [KEY]?: NodeTracerProvider };

/**
 * Next.js puts the request's URL in `http.target` (query string included) and a fetch's full URL
 * in `http.url`: paths can hold tokens (the calendar feed) and queries more. Before a span is
 * exported, a request target becomes its route pattern and a URL loses its query.
 */
const scrubUrls: SpanProcessor = {
  onStart(span: SdkSpan) {
    const target = span.attributes["http.target"];
    if (typeof target === "string") span.setAttribute("http.target", routeOf("GET", target).route);
    const url = span.attributes["http.url"];
    if (typeof url === "string" && URL.canParse(url)) {
      const parsed = new URL(url);
      span.setAttribute("http.url", parsed.origin + parsed.pathname);
    }
  },
  onEnd() {},
  forceFlush: async () => {},
  shutdown: async () => {},
};

export function startTracing(endpoint: string, serviceName = "imin-portal"): NodeTracerProvider {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  // The imin spans (lib/imin/http.ts) replace Next's own fetch spans, whose names hold the full URL.
  process.env.NEXT_OTEL_FETCH_DISABLED ??= "1";
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [scrubUrls, new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` }))],
  });
  provider.register();
  holder[KEY] = provider;
  return provider;
}

/** Sends the spans buffered so far. */
export async function flushTracing(): Promise<void> {
  await (globalThis as Holder)[KEY]?.forceFlush();
}

/** Sends what is buffered and stops (tests, shutdown). */
export async function stopTracing(): Promise<void> {
  const holder = globalThis as Holder;
  const provider = holder[KEY];
  delete holder[KEY];
  await provider?.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

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
