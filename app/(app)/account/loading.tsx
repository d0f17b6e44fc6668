import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { AccountSection } from "./_components/account-section";
import { ProfileDetailsSkeleton, ProfileFormSkeleton } from "./_components/profile-skeletons";

/**
 * The page's own top (header, details, edit form) with its section placeholders: taller than a
 * phone's screen, so when the page replaces it nothing in view moves (a short list here pushed the
 * footer out of view: a layout shift of 0.085 at 412 px).
 */
export default function Loading() {
  const t = useTranslations("account");
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <AccountSection id="details" title={t("sections.details")}>
        <ProfileDetailsSkeleton />
      </AccountSection>
      <AccountSection id="edit" title={t("sections.edit")}>
        <ProfileFormSkeleton />
      </AccountSection>
    </div>
  );
}
