"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { confirmInThisBrowserAction } from "../actions";

/** The link in the browser that signed up: one press confirms the address and signs in. */
export function BrowserConfirmForm({ token, next }: { token: string; next?: string }) {
  const [state, action] = useActionState(confirmInThisBrowserAction, initialActionState);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" aria-label={t("verifyEmail.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton pendingText={t("confirming")} className="w-full">
        {t("verifyEmail.browserSubmit")}
      </SubmitButton>
    </form>
  );
}
