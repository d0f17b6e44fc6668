import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orIminMessage } from "@/lib/imin/errors";
import { memberFormValues, requireMemberPage } from "../data";
import { MemberForm } from "../_components/member-form";

export const metadata: Metadata = { title: "Edit family member" };

export default async function EditMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { user, member, name } = await requireMemberPage(params);
  const { value: current, message: loadError } = await orIminMessage(memberFormValues(member));
  // Their own address shows as empty: the form says empty means the account holder's.
  if (current && current.email.toLowerCase() === user.email.toLowerCase()) current.email = "";

  return (
    <div className="space-y-6">
      <p>
        <Link href="/family" className="inline-flex min-h-11 items-center text-link underline underline-offset-2">
          Back to your family
        </Link>
      </p>
      <PageHeader
        title={`Edit ${name}`}
        description="Changes go to our booking partner first; nothing changes here unless they accept them."
      />
      {current ? (
        <MemberForm mode="edit" memberId={member.id} holderEmail={user.email} current={current} />
      ) : (
        <Alert tone="error">
          {name}&apos;s details can&apos;t be edited right now. {loadError}
        </Alert>
      )}
    </div>
  );
}
