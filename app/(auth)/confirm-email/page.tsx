import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { CONFIRM_EMAIL_CHANGE_LINK_HOURS } from "@/lib/mail/lifetimes";
import { isTokenUsable } from "../data";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.confirmEmail"))("title"), referrer: "no-referrer" };
}

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isTokenUsable(token, "change_email"));
  const t = await getTranslations("auth.confirmEmail");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="text-sm">{t("intro")}</p>
          <ClientMessages pick={["auth.confirmEmail", "auth.confirming", "auth.errors"]}>
            <ConfirmEmailForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <Alert tone="warning">{t("expired", { hours: CONFIRM_EMAIL_CHANGE_LINK_HOURS })}</Alert>
          <p className="text-sm">
            {t.rich("askAgain", {
              link: (chunks) => (
                <Link href="/account" className="text-link font-semibold underline underline-offset-2">
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
