"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

/**
 * One email address in, a link sent out (password reset, the confirmation link again): the form,
 * its field error and its answer. The action answers alike whether or not the address has a login.
 */
export function EmailLinkForm({
  action: send,
  formLabel,
  fieldLabel,
  submitLabel,
  submitVariant,
  submitClassName,
  defaultEmail,
  hidden,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  formLabel: string;
  fieldLabel: string;
  submitLabel: string;
  submitVariant?: ComponentProps<typeof SubmitButton>["variant"];
  submitClassName?: string;
  /** The address to offer (the one this browser just gave). */
  defaultEmail?: string;
  /** Fields sent along unseen (the checked return path). */
  hidden?: Record<string, string>;
}) {
  const [state, action] = useActionState(send, initialActionState);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" noValidate aria-label={formLabel}>
      <FormMessage state={state} successTone="info" />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormField
        name="email"
        label={fieldLabel}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? defaultEmail}
        key={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton variant={submitVariant} pendingText={t("sending")} className={submitClassName}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
