"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField, SignInPasswordField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [state, action] = useActionState(signInAction, initialActionState);
  const t = useTranslations("auth");
  const common = useTranslations("common");
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate aria-label={common("signIn")}>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? defaultEmail}
        key={`email-${values.email ?? ""}`}
        errors={state.fieldErrors?.email}
      />
      <SignInPasswordField errors={state.fieldErrors?.password} />
      <SubmitButton pendingText={t("signIn.pending")} className="w-full">
        {common("signIn")}
      </SubmitButton>
    </form>
  );
}
