"use client";

import { useActionState } from "react";
import { FormField, SignInPasswordField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [state, action] = useActionState(signInAction, initialActionState);
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Sign in">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? defaultEmail}
        key={`email-${values.email ?? ""}`}
        errors={state.fieldErrors?.email}
      />
      <SignInPasswordField errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
