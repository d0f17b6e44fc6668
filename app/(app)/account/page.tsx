import type { Metadata } from "next";
import { Suspense } from "react";
import { AccessPassSection } from "./_components/access-pass-section";
import { ACCOUNT_PAGE_DESCRIPTION, AccountSection } from "./_components/account-section";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardDetailsHref } from "@/components/shell/card-details-href";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, type PortalUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { IminError } from "@/lib/imin/errors";
import { signOutEverywhereAction } from "../actions";
import { getProfile } from "./data";
import { ChangeEmailForm } from "./_components/change-email-form";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { EmailPreferencesSection } from "./_components/email-preferences-section";
import { ProfileDetails } from "./_components/profile-details";
import { profileToForm } from "./profile-diff";
import { ProfileForm } from "./_components/profile-form";
import { ProfileDetailsSkeleton, ProfileFormSkeleton } from "./_components/profile-skeletons";

export const metadata: Metadata = { title: "Your account" };

async function ProfileSection({ user }: { user: PortalUser }) {
  try {
    const profile = await getProfile(user);
    return <ProfileDetails profile={profile} />;
  } catch (e) {
    if (e instanceof IminError) return <Alert tone="error">{e.customerMessage}</Alert>;
    throw e;
  }
}

async function EditSection({ user }: { user: PortalUser }) {
  try {
    const profile = await getProfile(user);
    return <ProfileForm current={profileToForm(profile)} />;
  } catch (e) {
    if (e instanceof IminError) return <Alert tone="error">Your details can't be edited right now. {e.customerMessage}</Alert>;
    throw e;
  }
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  return (
    <div className="space-y-8">
      <PageHeader title="Your account" description={ACCOUNT_PAGE_DESCRIPTION} />
      {params.welcome ? (
        <Alert tone="success" title="Welcome!">
          Your account is ready. You can now link your memberships and book activities.
        </Alert>
      ) : null}
      {params.emailChanged ? (
        <Alert tone="success" title="Email address changed">
          You now sign in with {user.email}. Your other devices have been signed out.
        </Alert>
      ) : null}

      <AccountSection id="details" title="Your details">
        <Suspense fallback={<ProfileDetailsSkeleton />}>
          <ProfileSection user={user} />
        </Suspense>
      </AccountSection>

      <AccountSection id="edit" title="Edit your details">
        <Suspense fallback={<ProfileFormSkeleton />}>
          <EditSection user={user} />
        </Suspense>
      </AccountSection>

      <AccessPassSection user={user} />

      {getEnv().CARD_DETAILS_URL ? (
        <AccountSection id="cards" title="Payment cards">
          <p className="mb-4 text-sm">
            Save a card to pay at checkout without typing it again. Your cards are kept by imin, our booking partner.
          </p>
          <a href={cardDetailsHref()} className={buttonClass("secondary")}>
            Manage payment cards
          </a>
        </AccountSection>
      ) : null}

      <AccountSection id="email" title="Sign-in email">
        <ChangeEmailForm email={user.email} />
      </AccountSection>

      <AccountSection id="password" title="Password">
        <ChangePasswordForm email={user.email} />
      </AccountSection>

      <EmailPreferencesSection user={user} saved={params.emails === "saved"} />

      <AccountSection id="sessions" title="Signed-in devices">
        <p className="mb-4 text-sm">
          A sign-in lasts 14 days, or ends after a week without use. If you signed in on a device you no longer use, or think someone else
          has, sign out everywhere: every device, this one included, will need your password again, and your private calendar link stops
          working (you can make a new one).
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={buttonClass("secondary")}>
            Sign out everywhere
          </button>
        </form>
      </AccountSection>

      <AccountSection id="delete" title="Delete your account">
        <p className="mb-4 text-sm">
          This closes your account here and asks our booking partner to erase your personal details, and those of the family members you
          added. Your past bookings stay with the venues. This can't be undone.
        </p>
        <DeleteAccountForm />
      </AccountSection>
    </div>
  );
}
