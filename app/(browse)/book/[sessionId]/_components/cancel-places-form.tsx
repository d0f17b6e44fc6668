"use client";

import { useActionState } from "react";
import { ActionError } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/** "Cancel the places already booked" when a later step of a group booking can't be booked. */
export function CancelPlacesForm({
  action,
  planId,
  text,
  pendingText,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  planId: string;
  text: string;
  pendingText: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="mt-3 space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <SubmitButton variant="danger" pendingText={pendingText} className="min-h-11">
        {text}
      </SubmitButton>
      <ActionError state={state} />
    </form>
  );
}
