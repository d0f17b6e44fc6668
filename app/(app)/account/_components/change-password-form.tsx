"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const t = useTranslations("account");
  const e = state.fieldErrors ?? {};
  return (
    // Re-mounted after a success so the password inputs are emptied.
    <form
      key={state.status === "success" ? state.message : "form"}
      action={action}
      className="space-y-4"
      noValidate
      aria-label={t("changePassword.form")}
    >
      <FormMessage state={state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        id="change-password-current"
        name="currentPassword"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={e.currentPassword}
      />
      <PasswordField
        name="newPassword"
        label={t("changePassword.new")}
        autoComplete="new-password"
        required
        errors={e.newPassword}
        userInputs={[email]}
      />
      <SubmitButton pendingText={t("changePassword.pending")}>{t("changePassword.submit")}</SubmitButton>
    </form>
  );
}
