import { ambiguousCreateCount } from "@/lib/accounts/ambiguous-creates";
import { getDatabase } from "@/lib/db/client";
import { jobsSummary } from "@/lib/jobs/summary";
import { iminReachability, timed } from "./data";

export const dynamic = "force-dynamic";

/**
 * Readiness, for load balancers and operators: the database (asked each time) and imin (one probe
 * per few seconds per instance, shared by every check meanwhile), the job queues and the creates
 * waiting for an operator. 200 ok / 503 degraded; no secrets.
 */
export async function GET() {
  const [database, imin] = await Promise.all([timed(async () => (await getDatabase()).ping()), iminReachability()]);
  const ok = database.ok && imin.ok;
  // Creates whose answer was lost wait for an operator (docs/features/accounts.md); they do not
  // make the portal unready for a load balancer.
  const ambiguousCreates = database.ok ? await ambiguousCreateCount().catch(() => undefined) : undefined;
  return Response.json(
    { status: ok ? "ok" : "degraded", database, imin, jobs: await jobsSummary(), accounts: { ambiguousCreates } },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
