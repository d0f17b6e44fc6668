"use client";

import { useActionState } from "react";
import { FormField, SignInPasswordField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { staffFactorAction, staffPasswordAction } from "../actions";

export function StaffPasswordForm() {
  const [state, action] = useActionState(staffPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Staff sign in">
      <FormMessage state={state} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SignInPasswordField errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Checking…" className="w-full">
        Continue
      </SubmitButton>
    </form>
  );
}

/** A TOTP code or a recovery code (only a recovery code for a staff member without an authenticator app). */
export function StaffFactorForm({ totp = true }: { totp?: boolean }) {
  const [state, action] = useActionState(staffFactorAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Second factor">
      <FormMessage state={state} />
      <FormField
        name="code"
        label={totp ? "Code from your authenticator app, or a recovery code" : "A recovery code (if your passkey is not at hand)"}
        inputMode="text"
        autoComplete="one-time-code"
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingText="Checking…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
