"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { inviteStaffAction } from "../actions";

export function InviteStaffForm() {
  const [state, action] = useActionState(inviteStaffAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Invite a staff member">
      <FormMessage state={state} />
      {state.status === "success" && typeof state.data === "string" ? (
        <p className="break-all font-mono text-sm" data-testid="invite-link">
          {state.data}
        </p>
      ) : null}
      <FormField name="email" label="Email" type="email" required errors={state.fieldErrors?.email} />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" className="input-box" defaultValue="support">
          <option value="support">support: look up, resend, unlock, sign out, retry a parked create</option>
          <option value="admin">admin: also staff, deleting customers, dead jobs</option>
        </select>
      </div>
      <SubmitButton pendingText="Inviting…">Invite</SubmitButton>
    </form>
  );
}
