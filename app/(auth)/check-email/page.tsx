import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { VERIFY_EMAIL_LINK_HOURS } from "@/lib/mail/lifetimes";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { checkEmailAddress } from "../data";
import { ResendForm } from "./_components/resend-form";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.checkEmail"))("title") };
}

/**
 * The one page for an address that is not confirmed yet: after signing up, and when such a login
 * signs in. It says the same whether or not the address has an account; it names the address this
 * browser just gave (a short-lived cookie, never the URL).
 */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { from, callbackUrl } = await searchParams;
  // The public page the sign-up came from: kept for the resent link and the sign-in prompt.
  const returnPath = typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl, "") || undefined : undefined;
  const address = await checkEmailAddress();
  const t = await getTranslations("auth.checkEmail");
  const named = {
    email: address ?? "",
    address: (chunks: ReactNode) => (
      <strong className="font-semibold break-all" data-testid="check-email-address">
        {chunks}
      </strong>
    ),
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{from === "sign-in" ? t("headingFromSignIn") : t("heading")}</h1>
      <div className="space-y-3 text-sm">
        {from === "sign-in" ? (
          <p>{address ? t.rich("notReadyNamed", named) : t("notReady")}</p>
        ) : (
          <p>{address ? t.rich("sentNamed", named) : t("sent")}</p>
        )}
        <p>{t("linkLife", { hours: VERIFY_EMAIL_LINK_HOURS })}</p>
        <p>
          {t.rich("wrongAddress", {
            link: (chunks) => (
              <Link href="/sign-up" className="text-link font-semibold underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <section aria-labelledby="resend-heading" className="space-y-3">
        <h2 id="resend-heading" className="text-lg font-semibold">
          {t("resend.heading")}
        </h2>
        <ClientMessages pick={["auth.checkEmail.resend", "auth.email", "auth.sending", "auth.errors"]}>
          <ResendForm email={address} callbackUrl={returnPath} />
        </ClientMessages>
      </section>
      <SignInPrompt question={t("alreadyConfirmed")} callbackUrl={returnPath} />
    </div>
  );
}
