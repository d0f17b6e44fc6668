"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/action-state";
import { personFields } from "../../_components/person-fields";
import { updateProfileAction, type ProfileUpdateOutcome } from "../actions";

export function ProfileForm({ current }: { current: Record<string, string | undefined> }) {
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  // After an error the form shows what was typed; otherwise what imin holds.
  const { field, gender, emergencyContact } = personFields(state, current);
  const outcome = state.status === "success" ? (state.data as ProfileUpdateOutcome | undefined) : undefined;

  return (
    <form action={action} className="space-y-6" noValidate aria-label="Edit your details">
      <FormMessage state={state} />
      {outcome?.sellersUnknown ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          We couldn&apos;t reach your linked centres and clubs just now, so they still have your old details.
        </p>
      ) : null}
      {outcome && (outcome.sellerErrors.length > 0 || outcome.updatedSellers.length > 0) ? (
        <div role="status" className="rounded-md border border-gray-300 px-4 py-3 text-sm" data-testid="seller-update-results">
          {outcome.updatedSellers.length ? <p>Also updated at: {outcome.updatedSellers.join(", ")}.</p> : null}
          {outcome.sellerErrors.length ? (
            <>
              <p className="font-semibold">Not updated everywhere:</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.sellerErrors.map((s) => (
                  <li key={`${s.sellerName}-${s.message}`}>
                    <span className="font-medium">{s.sellerName}:</span> {s.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">About you</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("givenName", "First name", { required: true, autoComplete: "given-name" })}
          {field("familyName", "Last name", { required: true, autoComplete: "family-name" })}
          {field("telephone", "Phone", { type: "tel", autoComplete: "tel" })}
          {field("birthDate", "Date of birth", { type: "date", autoComplete: "bday" })}
          {gender("Gender")}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Address</legend>
        {field("streetAddress", "Street address", { autoComplete: "street-address" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("addressLocality", "Town or city", { autoComplete: "address-level2" })}
          {field("addressRegion", "County or region", { autoComplete: "address-level1" })}
          {field("postalCode", "Postcode", { autoComplete: "postal-code" })}
          {field("addressCountry", "Country", { autoComplete: "country", hint: "For example GB." })}
        </div>
      </fieldset>

      {emergencyContact("Emergency contact")}

      <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
    </form>
  );
}
