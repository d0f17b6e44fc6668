"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { resendVerificationAction } from "../actions";

export function ResendForm() {
  const [state, action] = useActionState(resendVerificationAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Send the confirmation link again">
      <FormMessage state={state} successTone="info" />
      <FormField
        name="email"
        label="Your email address"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        key={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton variant="secondary" pendingText="Sending…">
        Send the link again
      </SubmitButton>
    </form>
  );
}
