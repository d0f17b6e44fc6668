"use client";

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
  if (!open && state.status === "idle") {
    return (
      <Button variant="danger" onClick={() => setOpen(true)} aria-expanded={false} aria-controls="delete-account-form">
        Delete my account…
      </Button>
    );
  }
  return (
    <form id="delete-account-form" action={action} className="space-y-4" noValidate aria-label="Delete your account">
      <FormMessage state={state} />
      <PasswordField
        id="delete-account-password"
        name="currentPassword"
        label="To confirm, enter your password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete my account permanently
        </SubmitButton>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Keep my account
        </Button>
      </div>
    </form>
  );
}
