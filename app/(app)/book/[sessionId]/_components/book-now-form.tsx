"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

/** One offer's Book Now: the server builds the checkout and redirects; refusals show here. */
export function BookNowForm({
  action,
  sessionId,
  offerId,
  entitlement,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  sessionId: string;
  offerId: string;
  entitlement: boolean;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="entitlement" value={entitlement ? "1" : "0"} />
      <SubmitButton pendingText="Opening checkout…" aria-label={label}>
        Book now
      </SubmitButton>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
