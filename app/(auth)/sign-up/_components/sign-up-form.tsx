"use client";

import { useActionState } from "react";
import { echoFields } from "@/components/ui/echo-fields";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { signUpAction } from "../actions";

/** `nonce` is the form's one-time token: submitting twice is one sign-up. */
export function SignUpForm({ nonce }: { nonce: string }) {
  const [state, action] = useActionState(signUpAction, initialActionState);
  const { values: v, errors: e, key: k, field } = echoFields(state);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Create your account">
      <FormMessage state={state} />
      <input type="hidden" name="nonce" value={nonce} />
      <div className="grid gap-4 sm:grid-cols-2">
        {field("givenName", "First name", { autoComplete: "given-name", required: true })}
        {field("familyName", "Last name", { autoComplete: "family-name", required: true })}
      </div>
      {field("email", "Email", { type: "email", autoComplete: "email", required: true })}
      <PasswordField name="password" label="Password" autoComplete="new-password" required errors={e.password} />
      {field("telephone", "Phone (optional)", { type: "tel", autoComplete: "tel" })}
      {field("birthDate", "Date of birth (optional)", { type: "date", autoComplete: "bday" })}
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="field-is13OrOver"
            name="is13OrOver"
            type="checkbox"
            defaultChecked={v.is13OrOver === "on"}
            key={k("is13OrOver")}
            aria-describedby={e.is13OrOver ? "field-is13OrOver-error" : undefined}
            aria-invalid={e.is13OrOver ? true : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="field-is13OrOver" className="text-sm">
            I confirm I am 13 or over
          </label>
        </div>
        <div id="field-is13OrOver-error" aria-live="polite" className="text-sm text-red-700">
          {e.is13OrOver?.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      </div>
      <SubmitButton pendingText="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
