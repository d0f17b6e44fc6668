"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  const [open, setOpen] = useState(false);
  const t = useTranslations("account");
  if (!open && state.status === "idle") {
    return (
      <Button variant="danger" onClick={() => setOpen(true)} aria-expanded={false} aria-controls="delete-account-form">
        {t("delete.open")}
      </Button>
    );
  }
  return (
    <form id="delete-account-form" action={action} className="space-y-4" noValidate aria-label={t("sections.delete")}>
      <FormMessage state={state} />
      <PasswordField
        id="delete-account-password"
        name="currentPassword"
        label={t("delete.password")}
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText={t("delete.pending")}>
          {t("delete.submit")}
        </SubmitButton>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("delete.keep")}
        </Button>
      </div>
    </form>
  );
}
