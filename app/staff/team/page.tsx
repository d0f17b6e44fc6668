import type { Metadata } from "next";
import { InviteStaffForm } from "../_components/invite-staff-form";
import { when } from "../_components/when";
import { teamView } from "../data";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffTeamPage() {
  const { members } = await teamView();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Staff</h1>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Staff members</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-t border-gray-200">
              <td>{m.email}</td>
              <td>
                {m.role}
                {m.disabled ? " (disabled)" : ""}
              </td>
              <td>{when(m.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="h-invite" className="max-w-md space-y-3">
        <h2 id="h-invite" className="text-lg font-semibold">
          Invite someone
        </h2>
        <p className="text-sm text-gray-700">The link is shown once, here; hand it to them. It works once, for 48 hours.</p>
        <InviteStaffForm />
      </section>
    </div>
  );
}
