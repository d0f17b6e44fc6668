"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { removeMemberAction } from "../actions";

export function RemoveMemberForm({ memberId, name }: { memberId: string; name: string }) {
  const [state, action] = useActionState(removeMemberAction, initialActionState);
  const t = useTranslations("family.remove");
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("submit", { name })}>
      <input type="hidden" name="memberId" value={memberId} />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" className="min-h-11" pendingText={t("removing")}>
          {t("submit", { name })}
        </SubmitButton>
        <LinkButton href="/family" variant="secondary" className="min-h-11">
          {t("keep", { name })}
        </LinkButton>
      </div>
    </form>
  );
}
