"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("resetPassword.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <PasswordField
        name="password"
        label={t("resetPassword.field")}
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingText={t("saving")} className="w-full">
        {t("resetPassword.submit")}
      </SubmitButton>
    </form>
  );
}
