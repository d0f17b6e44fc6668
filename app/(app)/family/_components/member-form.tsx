"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { personFields } from "../../_components/person-fields";
import { addMemberAction, updateMemberAction } from "../actions";

type Props =
  | { mode: "add"; nonce: string; holderEmail: string; current?: undefined; memberId?: undefined }
  | { mode: "edit"; memberId: string; holderEmail: string; current: Record<string, string>; nonce?: undefined };

/** Adds or edits a family member; after an error the form shows what was typed. */
export function MemberForm(props: Props) {
  const [state, action] = useActionState(props.mode === "add" ? addMemberAction : updateMemberAction, initialActionState);
  const { field, gender, emergencyContact } = personFields(state, props.current ?? {});
  const label = props.mode === "add" ? "Add a family member" : "Edit family member";

  return (
    <form action={action} className="space-y-6" noValidate aria-label={label}>
      {props.mode === "add" ? (
        <input type="hidden" name="nonce" value={props.nonce} />
      ) : (
        <input type="hidden" name="memberId" value={props.memberId} />
      )}
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">About them</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("givenName", "First name", { required: true, autoComplete: "off" })}
          {field("familyName", "Last name", { required: true, autoComplete: "off" })}
          {field("birthDate", "Date of birth", {
            type: "date",
            required: true,
            autoComplete: "off",
            hint: "Venues use it for age limits on tickets.",
          })}
          {gender("Gender (optional)")}
        </div>
        {field("email", "Email (optional)", {
          type: "email",
          autoComplete: "off",
          hint: `Leave it empty to use yours (${props.holderEmail}): the booking service needs one. They never sign in with it.`,
        })}
      </fieldset>

      {emergencyContact("Emergency contact (optional)")}

      <SubmitButton className="min-h-11" pendingText={props.mode === "add" ? "Adding…" : "Saving…"}>
        {props.mode === "add" ? "Add family member" : "Save changes"}
      </SubmitButton>
    </form>
  );
}
