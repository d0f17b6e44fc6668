/**
 * `npm run bench -- --only=observability`: what metrics and tracing cost. The same portal (sandbox,
 * signed in) is loaded on /bookings three times: off (no metrics server, no tracing; the in-process
 * counters always count), with METRICS_PORT set and /metrics scraped every second during the load
 * (Prometheus scrapes every 15–60 s), and with tracing sent to a test OTLP receiver. Target: each
 * under 5% below off. Besides req/s, the server's CPU ms per request (from /proc), which other
 * load on the machine moves far less than throughput. Ports: portal 3710, sandbox 4710, metrics 9710, receiver 4718 (BENCH_PORT /
 * BENCH_SANDBOX_PORT move the portal).
 */
import { loadavg } from "node:os";
import { startOtlpReceiver } from "../tests/support/otlp-receiver";
import { load, type LoadResult } from "./lib/load";
import { cpuMs } from "./lib/memory";
import { startPortal } from "./lib/portal";

type Report = (line: string) => void;

const METRICS_PORT = 9710;
const RECEIVER_PORT = 4718;
const PAGE = "/bookings";
const LOAD_SECONDS = 10;

export async function observabilityCost(report: Report) {
  const receiver = await startOtlpReceiver(RECEIVER_PORT);
  const variants: { label: string; env: Record<string, string>; scrape?: boolean }[] = [
    { label: "off", env: {} },
    { label: "metrics on, scraped every 1 s", env: { METRICS_PORT: String(METRICS_PORT) }, scrape: true },
    { label: "tracing on (test OTLP receiver)", env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
  ];
  let off: LoadResult | undefined;
  try {
    for (const variant of variants) {
      const portal = await startPortal({ port: 3710, sandboxPort: 4710, env: variant.env });
      let scrapes = 0;
      const scraper = variant.scrape
        ? setInterval(() => {
            fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`)
              .then((r) => r.text())
              .then(
                () => scrapes++,
                () => {},
              );
          }, 1000)
        : undefined;
      try {
        const headers = { cookie: portal.cookie };
        await load(portal.base + PAGE, { headers, seconds: 3 });
        const spansBefore = receiver.spans.length;
        const cpuBefore = cpuMs(portal.serverPid());
        const result = await load(portal.base + PAGE, { headers, seconds: LOAD_SECONDS });
        const cpuAfter = cpuMs(portal.serverPid());
        const requests = result.requestsPerSecond * LOAD_SECONDS;
        const cpu =
          cpuBefore !== undefined && cpuAfter !== undefined && requests > 0
            ? `  CPU ${((cpuAfter - cpuBefore) / requests).toFixed(1)} ms/request`
            : "";
        off ??= result;
        const cost =
          off === result
            ? ""
            : `  cost ${(((off.requestsPerSecond - result.requestsPerSecond) / off.requestsPerSecond) * 100).toFixed(1)}% (target < 5%)`;
        const extra = variant.scrape
          ? `  ${scrapes} scrapes`
          : variant.env.OTEL_EXPORTER_OTLP_ENDPOINT
            ? `  ${receiver.spans.length - spansBefore} spans received`
            : "";
        report(
          `observability ${PAGE} ${variant.label.padEnd(32)} ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${
            result.non2xx || result.errors ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ""
          }${cpu}${cost}${extra}  (load average ${loadavg()[0]!.toFixed(1)})`,
        );
      } finally {
        if (scraper) clearInterval(scraper);
        await portal.stop();
      }
    }
  } finally {
    await receiver.close();
  }
}
