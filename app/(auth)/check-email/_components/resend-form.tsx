"use client";

import { useTranslations } from "next-intl";
import { EmailLinkForm } from "../../_components/email-link-form";
import { resendVerificationAction } from "../actions";

export function ResendForm({ email, callbackUrl }: { email?: string; callbackUrl?: string }) {
  const t = useTranslations("auth.checkEmail.resend");
  return (
    <EmailLinkForm
      action={resendVerificationAction}
      formLabel={t("form")}
      fieldLabel={t("field")}
      submitLabel={t("submit")}
      submitVariant="secondary"
      defaultEmail={email}
      hidden={callbackUrl ? { callbackUrl } : undefined}
    />
  );
}
