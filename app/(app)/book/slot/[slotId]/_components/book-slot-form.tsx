"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/** One price's Book Now: the server opens imin's checkout (or returns to the grid if the slot was just taken). */
export function BookSlotForm({
  action,
  slotId,
  offerId,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  slotId: string;
  offerId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton pendingText="Opening checkout…" aria-label={label} className="min-h-11">
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
