"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/action-state";
import { staffPasskeyOptionsAction, staffPasskeySignInAction } from "../actions";

/** The second-factor page's passkey path: a challenge from the server, the browser's passkey prompt, the answer checked on the server. */
export function PasskeySignIn() {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const [busy, setBusy] = useState(false);
  async function signIn() {
    setBusy(true);
    setState({ status: "idle" });
    try {
      const started = await staffPasskeyOptionsAction();
      if ("error" in started) return setState({ status: "error", message: started.error });
      let response: Awaited<ReturnType<typeof startAuthentication>>;
      try {
        response = await startAuthentication(started.options);
      } catch {
        return setState({
          status: "error",
          message: "The passkey was not used (cancelled, or not on this device). Try again, or enter a code.",
        });
      }
      // Success redirects to the console; only a refusal comes back.
      const result = await staffPasskeySignInAction(response);
      if (result?.error) setState({ status: "error", message: result.error });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={signIn} disabled={busy} className="w-full">
        {busy ? "Waiting for your passkey…" : "Sign in with a passkey"}
      </Button>
      <FormMessage state={state} />
    </div>
  );
}
