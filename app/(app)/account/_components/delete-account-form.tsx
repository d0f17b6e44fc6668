"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm({ email }: { email: string }) {
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
      <FormField
        name="confirmEmail"
        label={
          <>
            To confirm, type your email address <span className="font-mono">{email}</span>
          </>
        }
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.confirmEmail ?? ""}
        key={state.values?.confirmEmail ?? ""}
        errors={state.fieldErrors?.confirmEmail}
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
