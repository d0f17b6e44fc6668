"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { changeEmailAction } from "../actions";

export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action] = useActionState(changeEmailAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const sent = state.status === "success";
  return (
    <form key={sent ? state.message : "form"} action={action} className="space-y-4" noValidate aria-label="Change your email address">
      <p className="text-sm">
        You sign in with <span className="font-semibold">{email}</span>. We'll send a link to the new address; the change happens when you
        open it, and we'll let this address know.
      </p>
      <FormMessage state={state} />
      <FormField
        name="newEmail"
        label="New email address"
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
        label="Current password"
        autoComplete="current-password"
        required
        errors={e.currentPassword}
      />
      <SubmitButton pendingText="Sending…">Send confirmation link</SubmitButton>
    </form>
  );
}
