"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { setAccessPassAction, type AccessPassOutcome } from "../actions";

export function AccessPassForm({ current }: { current?: string }) {
  const [state, action] = useActionState(setAccessPassAction, initialActionState);
  const outcome = state.status === "success" ? (state.data as AccessPassOutcome | undefined) : undefined;
  const value = state.status === "error" ? (state.values?.accessPass ?? "") : "";

  return (
    <form action={action} noValidate aria-label="Set your access pass" className="space-y-4">
      <p className="text-sm">
        {current ? (
          <>
            Your access pass is <span className="font-mono font-semibold">{outcome?.text ?? current}</span>.
          </>
        ) : outcome ? (
          <>
            Your access pass is <span className="font-mono font-semibold">{outcome.text}</span>.
          </>
        ) : (
          "You haven't set an access pass yet."
        )}{" "}
        Enter the number on your membership card to use one card at all your linked memberships.
      </p>
      <FormMessage state={state} />
      {outcome && (outcome.applied.length > 0 || outcome.refused.length > 0 || outcome.sellersUnknown) ? (
        <div role="status" className="rounded-md border border-gray-300 px-4 py-3 text-sm" data-testid="access-pass-results">
          {outcome.applied.length ? (
            <>
              <p className="font-semibold">Updated at:</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.applied.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.refused.length ? (
            <>
              <p className="mt-2 font-semibold">Not accepted by:</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.refused.map((r) => (
                  <li key={`${r.sellerName}-${r.message}`}>
                    <span className="font-medium">{r.sellerName}</span>: {r.message} Your card there stays as it was.
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.sellersUnknown ? <p>We couldn&apos;t check your linked centres and clubs just now.</p> : null}
        </div>
      ) : null}
      <div className="max-w-sm">
        <FormField
          key={`${state.status}-${value}`}
          name="accessPass"
          label="Card number"
          hint="4 to 32 letters, numbers or hyphens."
          defaultValue={value}
          errors={state.fieldErrors?.accessPass}
          autoComplete="off"
          spellCheck={false}
          inputMode="text"
          required
          maxLength={64}
        />
      </div>
      <SubmitButton pendingText="Saving…">Save access pass</SubmitButton>
    </form>
  );
}
