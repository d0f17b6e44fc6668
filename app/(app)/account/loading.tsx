import { PageHeader } from "@/components/ui/page-header";
import { ACCOUNT_PAGE_DESCRIPTION, AccountSection } from "./_components/account-section";
import { ProfileDetailsSkeleton, ProfileFormSkeleton } from "./_components/profile-skeletons";

/**
 * The page's own top (header, details, edit form) with its section placeholders: taller than a
 * phone's screen, so when the page replaces it nothing in view moves (a short list here pushed the
 * footer out of view: a layout shift of 0.085 at 412 px).
 */
export default function Loading() {
  return (
    <div className="space-y-8">
      <PageHeader title="Your account" description={ACCOUNT_PAGE_DESCRIPTION} />
      <AccountSection id="details" title="Your details">
        <ProfileDetailsSkeleton />
      </AccountSection>
      <AccountSection id="edit" title="Edit your details">
        <ProfileFormSkeleton />
      </AccountSection>
    </div>
  );
}
