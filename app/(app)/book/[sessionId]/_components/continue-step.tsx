"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/** Sends the next step of a group booking to checkout; refusals show here. */
export function ContinueStep({
  action,
  planId,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  planId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <SubmitButton pendingText="Opening checkout…" className="min-h-11">
        {label}
      </SubmitButton>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
