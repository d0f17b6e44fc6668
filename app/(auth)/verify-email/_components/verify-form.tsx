"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { verifyEmailAction } from "../actions";

export function VerifyForm({ token, next }: { token: string; next?: string }) {
  const [state, action] = useActionState(verifyEmailAction, initialActionState);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("verifyEmail.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <PasswordField
        name="password"
        label={t("verifyEmail.password")}
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingText={t("confirming")} className="w-full">
        {t("verifyEmail.submit")}
      </SubmitButton>
    </form>
  );
}
