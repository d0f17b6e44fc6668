"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-strength";
import { initialActionState } from "@/lib/actions/action-state";
import { acceptInviteAction } from "../actions";

/**
 * First sign-in: a password, the TOTP app set up with the key shown, and the first code proves it.
 * Without a live invite (`secret` absent) it says so, unless it has just accepted one: then it keeps
 * showing the recovery codes.
 */
export function InviteForm({ token, secret }: { token: string; secret?: string }) {
  const [state, action] = useActionState(acceptInviteAction, initialActionState);
  if (state.status === "success" && Array.isArray(state.data)) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <ul className="grid grid-cols-2 gap-2 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
          {(state.data as string[]).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <LinkButton href="/staff">Open the console</LinkButton>
      </div>
    );
  }
  if (!secret) return <Alert tone="error">This invite link has expired or was already used. Ask an admin for a new one.</Alert>;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Accept the invite">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="secret" value={secret} />
      <FormField
        name="password"
        label="Choose a password"
        hint={PASSWORD_RULE_TEXT}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.password}
      />
      <FormField
        name="code"
        label="The 6-digit code your app now shows"
        autoComplete="one-time-code"
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingText="Setting up…" className="w-full">
        Finish and sign in
      </SubmitButton>
    </form>
  );
}
