"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { confirmEmailAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailAction, initialActionState);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" aria-label={t("confirmEmail.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText={t("confirming")} className="w-full">
        {t("confirmEmail.submit")}
      </SubmitButton>
    </form>
  );
}
