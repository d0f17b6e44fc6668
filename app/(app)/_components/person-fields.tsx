import { echoFields } from "@/components/ui/echo-fields";
import { FormField, inputClass } from "@/components/ui/form-field";
import type { ActionState } from "@/lib/actions/action-state";
import { GENDERS } from "@/lib/person/genders";

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
          {GENDERS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const emergencyContact = (legend: string) => (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("emergencyContactName", "Emergency contact name")}
        {field("emergencyContactTelephone", "Emergency contact phone", { type: "tel" })}
      </div>
    </fieldset>
  );
  return { field, gender, emergencyContact };
}
