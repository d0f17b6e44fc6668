import { ambiguousCreateCount } from "@/lib/accounts/ambiguous-creates";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { IminError } from "@/lib/imin/errors";
import { iminRequest } from "@/lib/imin/http";
import { jobsSummary } from "@/lib/jobs/summary";

export const dynamic = "force-dynamic";

type Check = { ok: boolean; ms: number; detail?: string };

async function timed(fn: () => Promise<unknown>): Promise<Check> {
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
 * Database and imin reachability, for load balancers and operators. imin counts as reachable when
 * it answers at all with our key accepted (an unknown customer's 404 is a healthy answer).
 */
export async function GET() {
  const [database, imin] = await Promise.all([
    timed(async () => (await getDatabase()).ping()),
    timed(async () => {
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
    }),
  ]);
  const ok = database.ok && imin.ok;
  // Creates whose answer was lost wait for an operator (README, "Ambiguous imin creates"); they do
  // not make the portal unhealthy for a load balancer.
  const ambiguousCreates = database.ok ? await ambiguousCreateCount().catch(() => undefined) : undefined;
  return Response.json(
    { status: ok ? "ok" : "degraded", database, imin, jobs: await jobsSummary(), accounts: { ambiguousCreates } },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
