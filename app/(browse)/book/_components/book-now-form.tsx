"use client";

import { useActionState } from "react";
import { ActionError } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/**
 * One offer's Book Now, for a session or a court slot, or the next step of a group booking: the
 * server builds the checkout and redirects; refusals show here. `fields` names what the action needs (ids, never prices).
 */
export function BookNowForm({
  action,
  fields,
  label,
  text,
  pendingText,
  size = "normal",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  /** The button's name for screen readers; the visible `text` too when they are the same. */
  label: string;
  text: string;
  /** "Opening checkout…", in the page's language. */
  pendingText: string;
  /** "large": the Book of the price bar. */
  size?: "normal" | "large";
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        pendingText={pendingText}
        aria-label={label === text ? undefined : label}
        className={size === "large" ? "min-h-11 px-6 text-base" : "min-h-11"}
      >
        {text}
      </SubmitButton>
      <ActionError state={state} />
    </form>
  );
}
