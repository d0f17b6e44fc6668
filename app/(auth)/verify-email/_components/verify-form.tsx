"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { verifyEmailAction } from "../actions";
import { PASSWORD_LABEL } from "../messages";

export function VerifyForm({ token, next }: { token: string; next?: string }) {
  const [state, action] = useActionState(verifyEmailAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Confirm your email address">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <PasswordField name="password" label={PASSWORD_LABEL} autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Confirming…" className="w-full">
        Confirm my email address
      </SubmitButton>
    </form>
  );
}
