import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { StaffSearchForm } from "./_components/search-form";
import { when } from "./_components/when";
import { requireConsole, searchCustomers } from "./data";

export const metadata: Metadata = { title: "Customers" };

export default async function StaffHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireConsole();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const results = await searchCustomers(q);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Find a customer</h1>
      {params.deleted ? <Alert tone="success">The account is deleted.</Alert> : null}
      <StaffSearchForm action="/staff" id="staff-q" label="Email, name or imin customer id" q={q} />
      {q ? (
        results.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Customers matching “{q}”</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">imin customer id</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {results.map((c) => (
                <tr key={c.id} className="border-t border-gray-200">
                  <td>
                    <Link className="text-link underline underline-offset-2" href={`/staff/customers/${c.id}`}>
                      {c.email}
                    </Link>
                  </td>
                  <td>{c.givenName ?? "—"}</td>
                  <td>{c.iminCustomerId ?? "—"}</td>
                  <td>{when(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No customer matches “{q}”.</p>
        )
      ) : null}
    </div>
  );
}
