import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccessPassSection } from "./_components/access-pass-section";
import { AccountSection } from "./_components/account-section";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardDetailsHref } from "@/components/shell/card-details-href";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, type PortalUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { signOutEverywhereAction } from "../actions";
import { getProfile, IminError } from "./data";
import { ChangeEmailForm } from "./_components/change-email-form";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { EmailPreferencesSection } from "./_components/email-preferences-section";
import { ProfileDetails } from "./_components/profile-details";
import { profileToForm } from "./profile-diff";
import { ProfileForm } from "./_components/profile-form";
import { ProfileDetailsSkeleton, ProfileFormSkeleton } from "./_components/profile-skeletons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

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
    if (e instanceof IminError)
      return <Alert tone="error">{(await getTranslations("account"))("editUnavailable", { reason: e.customerMessage })}</Alert>;
    throw e;
  }
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params, t] = await Promise.all([requireUser(), searchParams, getTranslations("account")]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {params.welcome ? (
        <Alert tone="success" title={t("welcome.title")}>
          {t("welcome.body")}
        </Alert>
      ) : null}
      {params.emailChanged ? (
        <Alert tone="success" title={t("emailChanged.title")}>
          {t("emailChanged.body", { email: user.email })}
        </Alert>
      ) : null}

      <AccountSection id="details" title={t("sections.details")}>
        <Suspense fallback={<ProfileDetailsSkeleton />}>
          <ProfileSection user={user} />
        </Suspense>
      </AccountSection>

      <AccountSection id="edit" title={t("sections.edit")}>
        <Suspense fallback={<ProfileFormSkeleton />}>
          <EditSection user={user} />
        </Suspense>
      </AccountSection>

      <AccessPassSection user={user} />

      {getEnv().CARD_DETAILS_URL ? (
        <AccountSection id="cards" title={t("sections.cards")}>
          <p className="mb-4 text-sm">{t("cards.body")}</p>
          <a href={cardDetailsHref()} className={buttonClass("secondary")}>
            {t("cards.manage")}
          </a>
        </AccountSection>
      ) : null}

      <AccountSection id="email" title={t("sections.email")}>
        <ChangeEmailForm email={user.email} />
      </AccountSection>

      <AccountSection id="password" title={t("sections.password")}>
        <ChangePasswordForm email={user.email} />
      </AccountSection>

      <EmailPreferencesSection user={user} saved={params.emails === "saved"} />

      <AccountSection id="sessions" title={t("sections.sessions")}>
        <p className="mb-4 text-sm">{t("sessions.body")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={buttonClass("secondary")}>
            {t("sessions.signOutEverywhere")}
          </button>
        </form>
      </AccountSection>

      <AccountSection id="delete" title={t("sections.delete")}>
        <p className="mb-4 text-sm">{t("delete.body")}</p>
        <DeleteAccountForm />
      </AccountSection>
    </div>
  );
}
