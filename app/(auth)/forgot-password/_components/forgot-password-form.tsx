"use client";

import { useTranslations } from "next-intl";
import { EmailLinkForm } from "../../_components/email-link-form";
import { forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  return (
    <EmailLinkForm
      action={forgotPasswordAction}
      formLabel={t("forgotPassword.form")}
      fieldLabel={t("email")}
      submitLabel={t("forgotPassword.submit")}
      submitClassName="w-full"
    />
  );
}
