import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { RESET_PASSWORD_LINK_HOURS } from "@/lib/mail/lifetimes";
import { isTokenUsable } from "../data";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.resetPassword"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isTokenUsable(token, "reset_password"));
  const t = await getTranslations("auth.resetPassword");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="text-sm">{t("intro")}</p>
          <ClientMessages pick={["auth.resetPassword", "auth.saving", "auth.errors"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <Alert tone="warning">{t("expired", { hours: RESET_PASSWORD_LINK_HOURS })}</Alert>
          <p className="text-sm">
            <Link href="/forgot-password" className="text-link font-semibold underline underline-offset-2">
              {t("askNew")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
