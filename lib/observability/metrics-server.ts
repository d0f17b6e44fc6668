import "server-only";
import { createServer, type Server } from "node:http";
import { refreshDatabaseGauges } from "./collect";
import { log } from "./log";
import { metrics } from "./metrics";

const KEY = Symbol.for("imin-portal.metrics-server");
type Holder = { [KEY]?: Server };

/**
 * `GET /metrics` in Prometheus text format on a port of its own (METRICS_PORT), never on the
 * public one: bind it where only the scraper reaches it. Started once per process.
 */
export function startMetricsServer(port: number, host?: string): Server {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || (req.url ?? "/").split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found\n");
      return;
    }
    const { registry } = metrics();
    try {
      await refreshDatabaseGauges();
    } catch (e) {
      log().warn({ err: { name: e instanceof Error ? e.name : "error" } }, "metrics: database gauges not refreshed");
    }
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
    res.end(body);
  });
  server.on("error", (e: NodeJS.ErrnoException) => log().error({ port, code: e.code }, "metrics: server did not start"));
  server.listen(port, host, () => log().info({ port }, "metrics: /metrics served"));
  server.unref();
  holder[KEY] = server;
  return server;
}
