"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-strength";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { acceptInvitePasskeyAction, acceptInviteAction, invitePasskeyOptionsAction } from "../actions";
import { RecoveryCodes } from "./recovery-codes";

/**
 * First sign-in: a password, then a second factor: the TOTP app set up with the key shown (the
 * first code proves it), or a passkey created on this device instead. Without a live invite
 * (`live` false) it says so, unless it has just accepted one: then it keeps showing the recovery codes.
 */
export function InviteForm({ token, live }: { token: string; live: boolean }) {
  const [codeState, action] = useActionState(acceptInviteAction, initialActionState);
  const [passkeyState, setPasskeyState] = useState<ActionState | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const state = passkeyState ?? codeState;

  async function withPasskey() {
    const password = String(new FormData(formRef.current ?? undefined).get("password") ?? "");
    setBusy(true);
    setPasskeyState(null);
    try {
      const started = await invitePasskeyOptionsAction(token, password);
      if ("error" in started) return setPasskeyState(started.error);
      let response: Awaited<ReturnType<typeof startRegistration>>;
      try {
        response = await startRegistration(started.options);
      } catch {
        return setPasskeyState({
          status: "error",
          message: "No passkey was created (cancelled, or not allowed on this device). Try again, or use an authenticator app.",
        });
      }
      setPasskeyState(await acceptInvitePasskeyAction(token, password, response));
    } finally {
      setBusy(false);
    }
  }

  if (state.status === "success" && Array.isArray(state.data)) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <RecoveryCodes codes={state.data as string[]} />
        <LinkButton href="/staff">Open the console</LinkButton>
      </div>
    );
  }
  if (!live) return <Alert tone="error">This invite link has expired or was already used. Ask an admin for a new one.</Alert>;
  return (
    <form
      ref={formRef}
      action={(data) => {
        setPasskeyState(null);
        action(data);
      }}
      className="space-y-4"
      noValidate
      aria-label="Accept the invite"
    >
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
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
      <p className="text-center text-sm text-gray-700">or, instead of the app and its code,</p>
      <Button variant="secondary" onClick={withPasskey} disabled={busy} className="w-full">
        {busy ? "Waiting for your passkey…" : "Finish with a passkey"}
      </Button>
    </form>
  );
}
