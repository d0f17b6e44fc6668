"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { personFields } from "../../_components/person-fields";
import { updateProfileAction, type ProfileUpdateOutcome } from "../actions";

export function ProfileForm({ current }: { current: Record<string, string | undefined> }) {
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  const t = useTranslations("account");
  // After an error the form shows what was typed; otherwise what imin holds.
  const { field, gender, emergencyContact } = personFields(state, current);
  const outcome = state.status === "success" ? (state.data as ProfileUpdateOutcome | undefined) : undefined;

  return (
    <form action={action} className="space-y-6" noValidate aria-label={t("sections.edit")}>
      <FormMessage state={state} />
      {outcome?.sellersUnknown ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("profile.sellersUnknown")}
        </p>
      ) : null}
      {outcome && (outcome.sellerErrors.length > 0 || outcome.updatedSellers.length > 0) ? (
        <div role="status" className="rounded-md border border-gray-300 px-4 py-3 text-sm" data-testid="seller-update-results">
          {outcome.updatedSellers.length ? <p>{t("profile.alsoUpdated", { sellers: outcome.updatedSellers.join(", ") })}</p> : null}
          {outcome.sellerErrors.length ? (
            <>
              <p className="font-semibold">{t("profile.notEverywhere")}</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.sellerErrors.map((s) => (
                  <li key={`${s.sellerName}-${s.message}`}>
                    <span className="font-medium">{s.sellerName ?? t("profile.linkedSeller")}:</span> {s.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("profile.about")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("givenName", t("profile.givenName"), { required: true, autoComplete: "given-name" })}
          {field("familyName", t("profile.familyName"), { required: true, autoComplete: "family-name" })}
          {field("telephone", t("profile.telephone"), { type: "tel", autoComplete: "tel" })}
          {field("birthDate", t("profile.birthDate"), { type: "date", autoComplete: "bday" })}
          {gender(t("profile.gender"))}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("profile.address")}</legend>
        {field("streetAddress", t("profile.streetAddress"), { autoComplete: "street-address" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("addressLocality", t("profile.addressLocality"), { autoComplete: "address-level2" })}
          {field("addressRegion", t("profile.addressRegion"), { autoComplete: "address-level1" })}
          {field("postalCode", t("profile.postalCode"), { autoComplete: "postal-code" })}
          {field("addressCountry", t("profile.addressCountry"), { autoComplete: "country", hint: t("profile.countryHint") })}
        </div>
      </fieldset>

      {emergencyContact(t("profile.emergency"))}

      <SubmitButton pendingText={t("saving")}>{t("saveChanges")}</SubmitButton>
    </form>
  );
}
