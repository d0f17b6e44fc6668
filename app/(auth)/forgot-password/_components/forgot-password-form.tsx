"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Reset your password">
      <FormMessage state={state} successTone="info" />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        key={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Sending…" className="w-full">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
