"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("family");
  const label = props.mode === "add" ? t("add.heading") : t("edit.title");

  return (
    <form action={action} className="space-y-6" noValidate aria-label={label}>
      {props.mode === "add" ? (
        <input type="hidden" name="nonce" value={props.nonce} />
      ) : (
        <input type="hidden" name="memberId" value={props.memberId} />
      )}
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("form.about")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("givenName", t("form.givenName"), { required: true, autoComplete: "off" })}
          {field("familyName", t("form.familyName"), { required: true, autoComplete: "off" })}
          {field("birthDate", t("form.birthDate"), {
            type: "date",
            required: true,
            autoComplete: "off",
            hint: t("form.birthDateHint"),
          })}
          {gender(t("form.gender"))}
        </div>
        {field("email", t("form.email"), {
          type: "email",
          autoComplete: "off",
          hint: t("form.emailHint", { email: props.holderEmail }),
        })}
      </fieldset>

      {emergencyContact(t("form.emergency"))}

      <SubmitButton className="min-h-11" pendingText={props.mode === "add" ? t("form.adding") : t("form.saving")}>
        {props.mode === "add" ? t("form.addSubmit") : t("form.saveSubmit")}
      </SubmitButton>
    </form>
  );
}
