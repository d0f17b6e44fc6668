/**
 * `npm run bench -- --only=observability`: what metrics and tracing cost. The same portal (sandbox,
 * signed in) is loaded on /bookings in three variants: off (no metrics server, no tracing; the
 * in-process counters always count), with METRICS_PORT set and /metrics scraped every second during
 * the load (Prometheus scrapes every 15–60 s), and with tracing sent to a test OTLP receiver. The
 * variants alternate, OBSERVABILITY_ROUNDS (2) rounds of off → metrics → tracing, each a fresh
 * portal, so other load on the machine weighs on all three alike; medians per variant. Target: each
 * under 5% dearer than off. Besides req/s, the server's CPU ms per request (from /proc), which other
 * load on the machine moves far less than throughput. The build is used as it is (made when missing,
 * BENCH_DIST_DIR or `.next-bench-portal`; its BUILD_ID is touched before each start so other work in
 * the tree does not make scripts/start.ts rebuild between variants). Ports: portal 3710, sandbox
 * 4710, metrics 9710, receiver 4718 (BENCH_PORT / BENCH_SANDBOX_PORT move the portal).
 */
import { loadavg } from "node:os";
import { startOtlpReceiver } from "../tests/support/otlp-receiver";
import { ensureBuild, keepBuild } from "./lib/ensure-build";
import { load } from "./lib/load";
import { cpuMs } from "./lib/memory";
import { startPortal } from "./lib/portal";
import { median } from "./lib/stats";

type Report = (line: string) => void;

const METRICS_PORT = 9710;
const RECEIVER_PORT = 4718;
const PAGE = "/bookings";
const LOAD_SECONDS = 10;

interface Run {
  rps: number;
  cpuPerRequest?: number;
  load: number;
}

export async function observabilityCost(report: Report) {
  const distDir = process.env.BENCH_DIST_DIR || ".next-bench-portal";
  ensureBuild(distDir, report);
  const rounds = Number(process.env.OBSERVABILITY_ROUNDS) || 2;
  const receiver = await startOtlpReceiver(RECEIVER_PORT);
  const variants: { label: string; env: Record<string, string>; scrape?: boolean; runs: Run[] }[] = [
    { label: "off", env: {}, runs: [] },
    { label: "metrics on, scraped every 1 s", env: { METRICS_PORT: String(METRICS_PORT) }, scrape: true, runs: [] },
    { label: "tracing on (test OTLP receiver)", env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, runs: [] },
  ];
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const variant of variants) {
        keepBuild(distDir);
        const portal = await startPortal({ port: 3710, sandboxPort: 4710, env: { NEXT_DIST_DIR: distDir, ...variant.env } });
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
          const cpuPerRequest =
            cpuBefore !== undefined && cpuAfter !== undefined && requests > 0 ? (cpuAfter - cpuBefore) / requests : undefined;
          const run = { rps: result.requestsPerSecond, cpuPerRequest, load: loadavg()[0]! };
          variant.runs.push(run);
          const extra = variant.scrape
            ? `  ${scrapes} scrapes`
            : variant.env.OTEL_EXPORTER_OTLP_ENDPOINT
              ? `  ${receiver.spans.length - spansBefore} spans received`
              : "";
          report(
            `observability round ${round} ${PAGE} ${variant.label.padEnd(32)} ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${
              result.non2xx || result.errors ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ""
            }${cpuPerRequest === undefined ? "" : `  CPU ${cpuPerRequest.toFixed(1)} ms/request`}${extra}  (load average ${run.load.toFixed(1)})`,
          );
        } finally {
          if (scraper) clearInterval(scraper);
          await portal.stop();
        }
      }
    }
  } finally {
    await receiver.close();
  }
  const summary = variants.map((v) => {
    const cpus = v.runs.flatMap((r) => (r.cpuPerRequest === undefined ? [] : [r.cpuPerRequest]));
    return { label: v.label, rps: median(v.runs.map((r) => r.rps)), cpu: cpus.length ? median(cpus) : undefined };
  });
  const off = summary[0]!;
  for (const s of summary) {
    const cost =
      s === off
        ? ""
        : `  cost: ${(((off.rps - s.rps) / off.rps) * 100).toFixed(1)}% req/s${
            s.cpu !== undefined && off.cpu !== undefined ? `, ${(((s.cpu - off.cpu) / off.cpu) * 100).toFixed(1)}% CPU/request` : ""
          } (target < 5%)`;
    report(
      `observability median of ${rounds} ${s.label.padEnd(32)} ${s.rps.toFixed(0).padStart(5)} req/s${
        s.cpu === undefined ? "" : `  CPU ${s.cpu.toFixed(1)} ms/request`
      }${cost}`,
    );
  }
}
