import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isSigningUpBrowser, isTokenUsable } from "../data";
import { BrowserConfirmForm } from "./_components/browser-confirm-form";
import { VerifyForm } from "./_components/verify-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verifyEmail"))("title"), referrer: "no-referrer" };
}

const LINK = "text-link font-semibold underline underline-offset-2";

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, next: rawNext } = await searchParams;
  // Where the sign-up started (a public session page), carried by the link; the callbackUrl checks.
  const next = typeof rawNext === "string" ? safeCallbackPath(rawNext, "") || undefined : undefined;
  const usable = typeof token === "string" && (await isTokenUsable(token, "verify_email"));
  // The browser that signed up confirms with one press; any other is asked for the sign-up password.
  const sameBrowser = usable && (await isSigningUpBrowser(token));
  const t = await getTranslations("auth.verifyEmail");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {sameBrowser ? (
        <>
          <p className="text-sm">{t("sameBrowser")}</p>
          <ClientMessages pick={["auth.verifyEmail", "auth.confirming", "auth.errors"]}>
            <BrowserConfirmForm token={token} next={next} />
          </ClientMessages>
        </>
      ) : usable ? (
        <>
          <p className="text-sm">{t("withPassword")}</p>
          <ClientMessages pick={["auth.verifyEmail", "auth.confirming", "auth.errors"]}>
            <VerifyForm token={token} next={next} />
          </ClientMessages>
          <p className="text-sm">{t("notYou")}</p>
        </>
      ) : (
        <>
          <Alert tone="warning">{t("invalidLink")}</Alert>
          <p className="text-sm">
            {t.rich("signInOrResend", {
              signIn: (chunks) => (
                <Link href="/sign-in" className={LINK}>
                  {chunks}
                </Link>
              ),
              resend: (chunks) => (
                <Link href="/check-email" className={LINK}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </>
      )}
    </div>
  );
}
