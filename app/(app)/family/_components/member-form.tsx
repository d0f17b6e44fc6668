"use client";

import { useActionState } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { GENDERS } from "@/lib/person/genders";
import { addMemberAction, updateMemberAction } from "../actions";

type Props =
  | { mode: "add"; nonce: string; holderEmail: string; current?: undefined; memberId?: undefined }
  | { mode: "edit"; memberId: string; holderEmail: string; current: Record<string, string>; nonce?: undefined };

/** Adds or edits a family member; after an error the form shows what was typed. */
export function MemberForm(props: Props) {
  const [state, action] = useActionState(props.mode === "add" ? addMemberAction : updateMemberAction, initialActionState);
  const v = state.status === "error" && state.values ? state.values : (props.current ?? {});
  const e = state.fieldErrors ?? {};
  const k = (name: string) => `${state.status}-${name}-${v[name] ?? ""}`;
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <FormField name={name} label={label} defaultValue={v[name] ?? ""} key={k(name)} errors={e[name]} {...extra} />
  );
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
          {field("givenName", "Given name", { required: true, autoComplete: "off" })}
          {field("familyName", "Family name", { required: true, autoComplete: "off" })}
          {field("birthDate", "Date of birth", {
            type: "date",
            required: true,
            autoComplete: "off",
            hint: "Venues use it for age limits on tickets.",
          })}
          <FormField name="gender" label="Gender (optional)" errors={e.gender}>
            {(p) => (
              <select {...p} defaultValue={v.gender ?? ""} key={k("gender")} className={inputClass}>
                {GENDERS.map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {field("email", "Email (optional)", {
          type: "email",
          autoComplete: "off",
          hint: `Leave it empty to use yours (${props.holderEmail}): the booking service needs one. They never sign in with it.`,
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Emergency contact (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("emergencyContactName", "Emergency contact name")}
          {field("emergencyContactTelephone", "Emergency contact phone", { type: "tel" })}
        </div>
      </fieldset>

      <SubmitButton className="min-h-11" pendingText={props.mode === "add" ? "Adding…" : "Saving…"}>
        {props.mode === "add" ? "Add family member" : "Save changes"}
      </SubmitButton>
    </form>
  );
}
