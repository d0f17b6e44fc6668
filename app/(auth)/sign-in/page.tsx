import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGNED_IN_LANDING } from "../landing";
import { SignInForm } from "./_components/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const callbackUrl = raw ? safeCallbackPath(raw) : undefined;
  // reauth=1: an app asked the OpenID Provider for a fresh sign-in (prompt=login, max_age).
  const reauth = params.reauth === "1" && callbackUrl !== undefined;
  if (!reauth && (await getCurrentUser())) redirect(callbackUrl ?? SIGNED_IN_LANDING);
  const [t, common] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{common("signIn")}</h1>
      {params.signedOut ? (
        <Alert tone="info">{params.signedOut === "everywhere" ? t("signIn.signedOutEverywhere") : t("signIn.signedOut")}</Alert>
      ) : null}
      {params.deleted ? <Alert tone="success">{t("signIn.deleted")}</Alert> : null}
      {params.verified ? (
        <Alert tone="success">{params.verified === "later" ? t("signIn.verifiedLater") : t("signIn.verified")}</Alert>
      ) : null}
      {params.reset ? <Alert tone="success">{t("signIn.reset")}</Alert> : null}
      {params.emailChanged ? <Alert tone="success">{t("signIn.emailChanged")}</Alert> : null}
      {callbackUrl && !params.signedOut ? <Alert tone="info">{reauth ? t("signIn.again") : t("signIn.continue")}</Alert> : null}
      <ClientMessages pick={["auth.signIn", "auth.email", "auth.errors"]}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-link font-semibold underline underline-offset-2">
          {t("forgotPassword.heading")}
        </Link>
      </p>
      <p className="text-sm">
        {t.rich("signIn.newHere", {
          link: (chunks) => (
            <Link
              href={callbackUrl && !reauth ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
              className="text-link font-semibold underline underline-offset-2"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
