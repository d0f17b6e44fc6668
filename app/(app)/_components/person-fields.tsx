import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { echoFields } from "@/components/ui/echo-fields";
import { FormField, inputClass } from "@/components/ui/form-field";
import type { ActionState } from "@/lib/actions/action-state";
import { GENDERS } from "@/lib/person/genders";

// The gender choices' names, by value (lib/person/genders.ts).
const GENDER_KEYS: Record<string, string> = {
  "": "preferNotToSay",
  "https://schema.org/Female": "female",
  "https://schema.org/Male": "male",
};

function GenderOptions() {
  const t = useTranslations("common.gender");
  return GENDERS.map((g) => (
    <option key={g.value} value={g.value}>
      {GENDER_KEYS[g.value] ? t(GENDER_KEYS[g.value]!) : g.label}
    </option>
  ));
}

function EmergencyContact({ legend, children }: { legend: string; children: (labels: { name: string; phone: string }) => ReactNode }) {
  const t = useTranslations("common.emergencyContact");
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children({ name: t("name"), phone: t("phone") })}</div>
    </fieldset>
  );
}

/**
 * The person fields the profile form and the family-member form share (`echoFields`: after an
 * error each shows what was typed, otherwise `current`).
 */
export function personFields(state: ActionState, current: Record<string, string | undefined>) {
  const { values: v, errors: e, key: k, field } = echoFields(state, current);
  const gender = (label: string) => (
    <FormField name="gender" label={label} errors={e.gender}>
      {(props) => (
        <select {...props} defaultValue={v.gender ?? ""} key={k("gender")} className={inputClass}>
          <GenderOptions />
        </select>
      )}
    </FormField>
  );
  const emergencyContact = (legend: string) => (
    <EmergencyContact legend={legend}>
      {(labels) => (
        <>
          {field("emergencyContactName", labels.name)}
          {field("emergencyContactTelephone", labels.phone, { type: "tel" })}
        </>
      )}
    </EmergencyContact>
  );
  return { field, gender, emergencyContact };
}
