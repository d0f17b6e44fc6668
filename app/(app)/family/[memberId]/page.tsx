import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orIminMessage } from "@/lib/imin/errors";
import { memberFormValues, requireMemberPage } from "../data";
import { MemberForm } from "../_components/member-form";
import { BackToFamily } from "../_components/back-to-family";

export const metadata: Metadata = { title: "Edit family member" };

export default async function EditMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { user, member, name } = await requireMemberPage(params);
  const { value: current, message: loadError } = await orIminMessage(memberFormValues(member));
  // Their own address shows as empty: the form says empty means the account holder's.
  if (current && current.email.toLowerCase() === user.email.toLowerCase()) current.email = "";

  return (
    <div className="space-y-6">
      <BackToFamily />
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
