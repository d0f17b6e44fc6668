import "server-only";
import { getEnv } from "@/lib/env";
import { IminError } from "@/lib/imin/errors";
import { iminRequest } from "@/lib/imin/http";

type Check = { ok: boolean; ms: number; detail?: string; cachedForMs?: number };

/** How long one answer from imin stands for every readiness check of this instance. */
export const IMIN_PROBE_CACHE_MS = 5_000;

export async function timed(fn: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await fn();
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      ok: false,
      ms: Math.round(performance.now() - started),
      detail: e instanceof IminError ? e.kind : "unreachable",
    };
  }
}

/**
 * imin counts as reachable when it answers at all with our key accepted (an unknown customer's
 * 404 is a healthy answer).
 */
function probeImin(): Promise<Check> {
  return timed(async () => {
    try {
      await iminRequest({
        service: "booking",
        path: "customer-accounts/portal-health-check",
        timeoutMs: Math.min(getEnv().IMIN_TIMEOUT_MS, 3000),
      });
    } catch (e) {
      if (e instanceof IminError && (e.kind === "not_found" || e.kind === "refused")) return;
      throw e;
    }
  });
}

let last: { at: number; check: Promise<Check> } | undefined;

/**
 * imin's reachability, asked at most once per IMIN_PROBE_CACHE_MS by this instance: checks in the
 * meantime (and those arriving while a probe is on its way) share its answer.
 */
export function iminReachability(now = Date.now()): Promise<Check> {
  if (!last || now - last.at >= IMIN_PROBE_CACHE_MS) last = { at: now, check: probeImin() };
  const { at, check } = last;
  return check.then((c) => ({ ...c, cachedForMs: IMIN_PROBE_CACHE_MS - (now - at) }));
}

/** Tests only: forget the cached answer. */
export function forgetIminProbe() {
  last = undefined;
}
