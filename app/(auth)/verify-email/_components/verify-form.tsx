"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { verifyEmailAction } from "../actions";

export function VerifyForm({ token }: { token: string }) {
  const [state, action] = useActionState(verifyEmailAction, initialActionState);
  return (
    <form action={action} className="space-y-4" aria-label="Confirm your email address">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Confirming…" className="w-full">
        Confirm my email address
      </SubmitButton>
    </form>
  );
}
