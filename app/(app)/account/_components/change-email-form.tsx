"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { changeEmailAction } from "../actions";

export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action] = useActionState(changeEmailAction, initialActionState);
  const t = useTranslations("account");
  const e = state.fieldErrors ?? {};
  const sent = state.status === "success";
  return (
    <form key={sent ? state.message : "form"} action={action} className="space-y-4" noValidate aria-label={t("changeEmail.form")}>
      <p className="text-sm">{t.rich("changeEmail.intro", { email, b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      <FormMessage state={state} />
      <FormField
        name="newEmail"
        label={t("changeEmail.field")}
        type="email"
        autoComplete="email"
        required
        defaultValue={sent ? "" : state.values?.newEmail}
        key={`newEmail-${sent ? "" : (state.values?.newEmail ?? "")}`}
        errors={e.newEmail}
      />
      <PasswordField
        id="change-email-current-password"
        name="currentPassword"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={e.currentPassword}
      />
      <SubmitButton pendingText={t("changeEmail.sending")}>{t("changeEmail.submit")}</SubmitButton>
    </form>
  );
}
