"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/**
 * One console action on a customer, job or staff member: the first press asks to confirm, the
 * second sends the form with `confirm=yes` (the action refuses without it).
 */
export function ConfirmAction({
  action,
  label,
  question,
  fields,
  danger = false,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  question: string;
  fields: Record<string, string>;
  danger?: boolean;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [asking, setAsking] = useState(false);
  return (
    <form
      action={async (formData) => {
        setAsking(false);
        await formAction(formData);
      }}
      className="space-y-2"
      aria-label={label}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {asking ? (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">Confirm: {label}</legend>
          <input type="hidden" name="confirm" value="yes" />
          <span className="text-sm font-medium">{question}</span>
          <SubmitButton variant={danger ? "danger" : "primary"} pendingText="Working…">
            Confirm
          </SubmitButton>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </fieldset>
      ) : (
        <Button variant={danger ? "danger" : "secondary"} onClick={() => setAsking(true)}>
          {label}
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
