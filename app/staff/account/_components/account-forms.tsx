"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-strength";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { RecoveryCodes } from "../../_components/recovery-codes";
import {
  addOwnPasskeyAction,
  changeOwnPasswordAction,
  confirmAuthenticatorAction,
  newRecoveryCodesAction,
  ownPasskeyOptionsAction,
} from "../actions";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Change your password">
      <FormMessage state={state} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <FormField
        name="newPassword"
        label="New password"
        hint={PASSWORD_RULE_TEXT}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}

/** Adds a passkey on this device: a registration challenge from the server, the browser's prompt, the answer checked on the server. */
export function AddPasskey() {
  const [state, setState] = useState<ActionState>(initialActionState);
  const [busy, setBusy] = useState(false);
  async function add() {
    setBusy(true);
    setState(initialActionState);
    try {
      const options = await ownPasskeyOptionsAction();
      let response: Awaited<ReturnType<typeof startRegistration>>;
      try {
        response = await startRegistration(options);
      } catch {
        return setState({ status: "error", message: "No passkey was created (cancelled, already on this device, or not allowed here)." });
      }
      setState(await addOwnPasskeyAction(response));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={add} disabled={busy}>
        {busy ? "Waiting for your passkey…" : "Add a passkey"}
      </Button>
      <FormMessage state={state} />
    </div>
  );
}

/** New recovery codes replace all the old ones: asks to confirm, then shows the ten new ones once. */
export function NewRecoveryCodesForm() {
  const [state, action] = useActionState(newRecoveryCodesAction, initialActionState);
  const [asking, setAsking] = useState(false);
  return (
    <form
      action={(data) => {
        setAsking(false);
        action(data);
      }}
      className="space-y-3"
      aria-label="Make new recovery codes"
    >
      {asking ? (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">Confirm: make new recovery codes</legend>
          <input type="hidden" name="confirm" value="yes" />
          <span className="text-sm font-medium">The old codes stop working. Make new ones?</span>
          <SubmitButton pendingText="Working…">Confirm</SubmitButton>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </fieldset>
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          Make new recovery codes
        </Button>
      )}
      <FormMessage state={state} />
      {state.status === "success" && Array.isArray(state.data) ? <RecoveryCodes codes={state.data as string[]} /> : null}
    </form>
  );
}

export function ConfirmAuthenticatorForm() {
  const [state, action] = useActionState(confirmAuthenticatorAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Set up the new authenticator app">
      <FormMessage state={state} />
      <FormField
        name="code"
        label="The 6-digit code your app now shows"
        autoComplete="one-time-code"
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingText="Checking…">Use this app from now on</SubmitButton>
    </form>
  );
}
