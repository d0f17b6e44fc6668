import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { MemberForm } from "../_components/member-form";
import { MemberList } from "../_components/member-list";
import { getFamily } from "../data";

export const metadata: Metadata = { title: "Family members" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function FamilyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  const members = await getFamily(user.id);
  const added = members.find((m) => m.id === one(params.added));
  const saved = members.find((m) => m.id === one(params.saved));

  return (
    <div className="space-y-8">
      <PageHeader
        title="Family members"
        description="The people you book for: children, and adults who don't have their own account with us."
      />
      {added ? (
        <Alert tone="success" title={`${added.name} has been added`}>
          You can now choose them when you book.
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{saved.name}&apos;s details have been saved.</Alert> : null}
      {one(params.removed) ? (
        <Alert tone="success">The family member has been removed and the booking service asked to erase their details.</Alert>
      ) : null}

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-lg font-semibold">
          Your family
        </h2>
        {members.length ? (
          <MemberList members={members} />
        ) : (
          <EmptyState title="No family members yet">
            <p>
              Add your children, or an adult who doesn&apos;t have their own account, and you can book activities for them with yours: each
              person&apos;s age decides which tickets they can have. Accounts of their own are for people aged 13 and over.
            </p>
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="add-heading" className="rounded-lg border border-gray-300 p-5">
        <h2 id="add-heading" className="mb-1 text-lg font-semibold">
          Add a family member
        </h2>
        <p className="mb-4 text-sm text-gray-700">
          We pass their details to our booking partner, who keeps them with your bookings for them. You can edit or remove them later.
        </p>
        <MemberForm mode="add" nonce={randomBytes(16).toString("base64url")} holderEmail={user.email} />
      </section>
    </div>
  );
}
