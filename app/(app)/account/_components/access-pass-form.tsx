"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { setAccessPassAction, type AccessPassOutcome } from "../actions";

const code = (chunks: ReactNode) => <span className="font-mono font-semibold">{chunks}</span>;

export function AccessPassForm({ current }: { current?: string }) {
  const [state, action] = useActionState(setAccessPassAction, initialActionState);
  const t = useTranslations("account");
  const outcome = state.status === "success" ? (state.data as AccessPassOutcome | undefined) : undefined;
  const value = state.status === "error" ? (state.values?.accessPass ?? "") : "";
  const pass = outcome?.text ?? current;

  return (
    <form action={action} noValidate aria-label={t("accessPass.form")} className="space-y-4">
      <p className="text-sm">
        {pass ? t.rich("accessPass.current", { pass, code }) : t("accessPass.none")} {t("accessPass.intro")}
      </p>
      <FormMessage state={state} />
      {outcome && (outcome.applied.length > 0 || outcome.refused.length > 0 || outcome.sellersUnknown) ? (
        <div role="status" className="rounded-md border border-gray-300 px-4 py-3 text-sm" data-testid="access-pass-results">
          {outcome.applied.length ? (
            <>
              <p className="font-semibold">{t("accessPass.updatedAt")}</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.applied.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.refused.length ? (
            <>
              <p className="mt-2 font-semibold">{t("accessPass.notAcceptedBy")}</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.refused.map((r) => (
                  <li key={`${r.sellerName}-${r.message}`}>
                    <span className="font-medium">{r.sellerName}</span>: {r.message} {t("accessPass.staysAsItWas")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.sellersUnknown ? <p>{t("accessPass.sellersUnknown")}</p> : null}
        </div>
      ) : null}
      <div className="max-w-sm">
        <FormField
          key={`${state.status}-${value}`}
          name="accessPass"
          label={t("accessPass.field")}
          hint={t("accessPass.hint")}
          defaultValue={value}
          errors={state.fieldErrors?.accessPass}
          autoComplete="off"
          spellCheck={false}
          inputMode="text"
          required
          maxLength={64}
        />
      </div>
      <SubmitButton pendingText={t("saving")}>{t("accessPass.submit")}</SubmitButton>
    </form>
  );
}
