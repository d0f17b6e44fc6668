import type { Metadata } from "next";
import { StaffSearchForm } from "../_components/search-form";
import { when } from "../_components/when";
import { auditView } from "../data";

export const metadata: Metadata = { title: "Audit log" };

export default async function StaffAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const entries = await auditView(q);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="text-sm text-gray-700">Every staff sign-in, failed sign-in and action. Nothing here can be changed or deleted.</p>
      <div className="flex flex-wrap items-end gap-4">
        <StaffSearchForm action="/staff/audit" id="audit-q" label="Staff email, action or customer email" q={q} />
        <a
          className="text-link text-sm underline underline-offset-2"
          href={`/staff/audit/export${q ? `?q=${encodeURIComponent(q)}` : ""}`}
          download
        >
          Export as CSV
        </a>
      </div>
      <table className="w-full text-left text-sm" data-testid="audit-log">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Staff</th>
            <th scope="col">Action</th>
            <th scope="col">Customer</th>
            <th scope="col">Address</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-gray-200 align-top">
              <td>{when(e.at)}</td>
              <td>{e.staffEmail}</td>
              <td>{e.action}</td>
              <td>{e.customerEmail ?? "—"}</td>
              <td>{e.ip ?? "—"}</td>
              <td className="break-all">{e.detail ? JSON.stringify(e.detail) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
