"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    // Re-mounted after a success so the password inputs are emptied.
    <form
      key={state.status === "success" ? state.message : "form"}
      action={action}
      className="space-y-4"
      noValidate
      aria-label="Change your password"
    >
      <FormMessage state={state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        id="change-password-current"
        name="currentPassword"
        label="Current password"
        autoComplete="current-password"
        required
        errors={e.currentPassword}
      />
      <PasswordField
        name="newPassword"
        label="New password"
        autoComplete="new-password"
        required
        errors={e.newPassword}
        userInputs={[email]}
      />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
