import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "node:crypto";
import { unauthorized } from "./errors";

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Requires `X-API-KEY` (any case; Hono's header lookup is case-insensitive) to equal the key. */
export function requireApiKey(getKey: () => string): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header("x-api-key");
    if (!given || !sameKey(given.trim(), getKey())) return unauthorized(c);
    await next();
  };
}
