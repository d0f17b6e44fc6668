import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getEnv } from "@/lib/env";
import { runWithLogContext } from "./context";
import { log } from "./log";
import { metrics, statusClass } from "./metrics";
import { routeOf } from "./routes";

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const WEBHOOK_OUTCOMES: Record<number, string> = { 204: "accepted", 400: "invalid", 401: "unauthorized", 413: "too_large" };

/**
 * The request id: a proxy's `X-Request-Id` only when the portal sits behind proxies it trusts
 * (TRUSTED_PROXY_HOPS ≥ 1, as lib/auth/client-ip.ts decides for X-Forwarded-For); otherwise a
 * client could choose it, so one is made.
 */
function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers["x-request-id"];
  if (getEnv().TRUSTED_PROXY_HOPS > 0 && typeof sent === "string" && REQUEST_ID.test(sent)) return sent;
  return randomUUID();
}

/**
 * Wraps one request of scripts/serve.mjs: gives it a request id (header in and out, and on every
 * log line it causes), then counts it by route pattern and status class and logs one line.
 * Never the URL itself: paths can hold tokens (calendar feeds, mailed links) and queries more.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse, next: () => unknown): void {
  const startedAt = performance.now();
  const requestId = requestIdOf(req);
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  res.once("close", () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const method = req.method ?? "GET";
    const { route, kind } = routeOf(method, req.url ?? "/");
    const status = res.writableFinished ? res.statusCode : 499;
    const labels = { route, kind, status_class: statusClass(status) };
    const m = metrics();
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, seconds);
    if (route === "/api/webhooks/imin") m.webhookReceipts.inc({ outcome: WEBHOOK_OUTCOMES[status] ?? statusClass(status) });
    if (kind !== "static") {
      runWithLogContext({ requestId }, () =>
        log().info({ http: { method, route, kind, status, ms: Math.round(seconds * 1000) } }, "request"),
      );
    }
  });
  runWithLogContext({ requestId }, next);
}
