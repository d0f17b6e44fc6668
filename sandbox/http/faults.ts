import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import type { FaultRule } from "../store/types";
import { errorBody } from "./errors";

/** One fault rule as accepted by PUT /admin/faults and SANDBOX_FAULTS. */
export const faultRuleSchema = z
  .object({
    route: z.string().trim().min(1).max(300).default("*"),
    latencyMs: z.number().min(0).max(600_000).optional(),
    jitterMs: z.number().min(0).max(600_000).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    errorStatus: z.union([z.literal(500), z.literal(503)]).optional(),
    hangRate: z.number().min(0).max(1).optional(),
    malformedRate: z.number().min(0).max(1).optional(),
  })
  .strict();

/**
 * The fault settings that apply to a path: the global rule ("*") overlaid by every matching
 * route-prefix rule, longer prefixes winning.
 */
export function effectiveFault(rules: readonly FaultRule[], path: string): FaultRule | undefined {
  const matching = rules
    .filter((r) => r.route === "*" || path === r.route || path.startsWith(r.route.endsWith("/") ? r.route : `${r.route}/`))
    .sort((a, b) => (a.route === "*" ? -1 : b.route === "*" ? 1 : a.route.length - b.route.length));
  if (matching.length === 0) return undefined;
  const merged: FaultRule = { route: matching[matching.length - 1].route };
  for (const rule of matching) {
    for (const [key, value] of Object.entries(rule)) {
      if (value !== undefined && key !== "route") (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function hang(c: Context, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    timer.unref?.();
    const signal = c.req.raw.signal;
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Injects latency, errors, hangs and malformed bodies according to the rules in force. */
export function faultMiddleware(getRules: () => readonly FaultRule[], hangMaxMs: () => number): MiddlewareHandler {
  return async (c, next) => {
    const rule = effectiveFault(getRules(), c.req.path);
    if (!rule) return next();
    const latency = (rule.latencyMs ?? 0) + (rule.jitterMs ? Math.random() * rule.jitterMs : 0);
    if (latency > 0) await sleep(latency);
    if (rule.hangRate && Math.random() < rule.hangRate) {
      await hang(c, hangMaxMs());
      return c.json(errorBody("InternalApplicationError", "The upstream booking system did not answer in time."), 504);
    }
    if (rule.errorRate && Math.random() < rule.errorRate) {
      const status = rule.errorStatus ?? (Math.random() < 0.5 ? 500 : 503);
      return status === 503
        ? c.json(errorBody("ServiceUnavailableError", "The service is temporarily unavailable."), 503)
        : c.json(errorBody("InternalApplicationError", "An internal error occurred (injected fault)."), 500);
    }
    await next();
    if (rule.malformedRate && Math.random() < rule.malformedRate) {
      const text = await c.res
        .clone()
        .text()
        .catch(() => "");
      const source = text.length > 1 ? text : '{"@context":"https://openactive.io/","@type":"Order","identifier":';
      const truncated = source.slice(0, Math.max(1, Math.floor(source.length / 2)));
      c.res = new Response(truncated, { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });
    }
  };
}
