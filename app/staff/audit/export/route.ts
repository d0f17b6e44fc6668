import { auditExport } from "../../data";

/** The audit log as CSV (the same search as the page), for staff only. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q")?.slice(0, 200) || undefined;
  const csv = await auditExport(q);
  if (csv === null) return new Response("Not signed in to the staff console.", { status: 401, headers: { "Cache-Control": "no-store" } });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="staff-audit-log.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
