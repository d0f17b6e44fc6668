export const dynamic = "force-dynamic";

/**
 * Liveness: the process is up and answering. Calls nothing (no database, no imin), so a flood of
 * these costs nothing outside this process. Readiness, with the database and imin checked, is
 * /api/health/ready.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
