import { context, propagation, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type Span as SdkSpan, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { routeOf } from "./routes";

/**
 * The OpenTelemetry SDK, loaded only where tracing is started (lib/observability/start.ts, when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set) and in tests: everything else makes spans through the API
 * (lib/observability/tracing.ts), which is a no-op until a provider is registered here.
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
