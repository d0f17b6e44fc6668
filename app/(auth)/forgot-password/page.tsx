import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("intro")}</p>
      </div>
      <ClientMessages pick={["auth.forgotPassword", "auth.email", "auth.sending", "auth.errors"]}>
        <ForgotPasswordForm />
      </ClientMessages>
      <SignInPrompt question={t("remembered")} />
    </div>
  );
}
