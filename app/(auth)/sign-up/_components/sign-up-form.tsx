"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { echoFields } from "@/components/ui/echo-fields";
import { useFieldErrors } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { tError } from "@/lib/i18n/validation";
import { signUpAction } from "../actions";

// Simple checks in the browser, so an error goes as the field becomes valid (the server's schema decides).
const isName = (v: string) => v.trim() !== "" && !/[<>{}]/.test(v);
const isPhone = (v: string) => /^[0-9+()\- ]*$/.test(v) && (v.trim() === "" || (v.match(/\d/g)?.length ?? 0) >= 6);
const isOver13 = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return v === "";
  const now = new Date();
  const birthday13 = new Date(Number(m[1]) + 13, Number(m[2]) - 1, Number(m[3]));
  return birthday13 <= now && Number(m[1]) > now.getFullYear() - 120;
};

/** `nonce` is the form's one-time token: submitting twice is one sign-up. `callbackUrl`: the page to come back to after confirming. */
export function SignUpForm({ nonce, callbackUrl, email }: { nonce: string; callbackUrl?: string; email?: string }) {
  const [state, action] = useActionState(signUpAction, initialActionState);
  const { values: v, errors: e, key: k, field } = echoFields(state, { email });
  const over13 = useFieldErrors(e.is13OrOver, (value) => value === "on");
  const t = useTranslations("auth");
  const tRoot = useTranslations();
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("signUp.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="nonce" value={nonce} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("givenName", t("signUp.givenName"), { autoComplete: "given-name", required: true, isValid: isName })}
        {field("familyName", t("signUp.familyName"), { autoComplete: "family-name", required: true, isValid: isName })}
      </div>
      {field("email", t("email"), { type: "email", autoComplete: "email", required: true })}
      <PasswordField name="password" label={tRoot("common.password")} autoComplete="new-password" required errors={e.password} />
      {field("telephone", t("signUp.telephone"), { type: "tel", autoComplete: "tel", isValid: isPhone })}
      {field("birthDate", t("signUp.birthDate"), { type: "date", autoComplete: "bday", isValid: isOver13 })}
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="field-is13OrOver"
            name="is13OrOver"
            type="checkbox"
            defaultChecked={v.is13OrOver === "on"}
            key={k("is13OrOver")}
            aria-describedby={over13.errors ? "field-is13OrOver-error" : undefined}
            aria-invalid={over13.errors ? true : undefined}
            onInput={over13.onInput}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="field-is13OrOver" className="text-sm">
            {t("signUp.over13")}
          </label>
        </div>
        <div id="field-is13OrOver-error" aria-live="polite" className="text-sm text-red-700">
          {over13.errors?.map((m) => (
            <p key={m}>{tError(tRoot, m)}</p>
          ))}
        </div>
      </div>
      <SubmitButton pendingText={t("signUp.pending")} className="w-full">
        {t("signUp.submit")}
      </SubmitButton>
    </form>
  );
}
