import type { ComponentProps } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { FormField } from "./form-field";

/**
 * A form's fields as the server action left them: after an error each shows what was typed (the
 * values the action echoed), otherwise `current`. The keys re-mount the uncontrolled inputs when
 * that changes, so they show it.
 */
export function echoFields(state: ActionState, current: Record<string, string | undefined> = {}) {
  const values = state.status === "error" && state.values ? state.values : current;
  const errors = state.fieldErrors ?? {};
  const key = (name: string) => `${state.status}-${name}-${values[name] ?? ""}`;
  const field = (name: string, label: string, extra: Partial<ComponentProps<typeof FormField>> = {}) => (
    <FormField name={name} label={label} defaultValue={values[name] ?? ""} key={key(name)} errors={errors[name]} {...extra} />
  );
  return { values, errors, key, field };
}
