import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { memberFormValues, orIminMessage, requireMemberPage } from "../data";
import { MemberForm } from "../_components/member-form";
import { BackToFamily } from "../_components/back-to-family";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.edit"))("title") };
}

export default async function EditMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { user, member, name } = await requireMemberPage(params);
  const { value: current, message: loadError } = await orIminMessage(memberFormValues(member));
  // Their own address shows as empty: the form says empty means the account holder's.
  if (current && current.email.toLowerCase() === user.email.toLowerCase()) current.email = "";
  const t = await getTranslations("family.edit");

  return (
    <div className="space-y-6">
      <BackToFamily />
      <PageHeader title={t("heading", { name })} description={t("intro")} />
      {current ? (
        <MemberForm mode="edit" memberId={member.id} holderEmail={user.email} current={current} />
      ) : (
        <Alert tone="error">{t("cannotLoad", { name, reason: loadError ?? "" })}</Alert>
      )}
    </div>
  );
}
