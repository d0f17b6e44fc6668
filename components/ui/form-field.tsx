"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, type FormEvent, type ReactNode, useEffect, useState } from "react";
import { tError } from "@/lib/i18n/validation";
import { cn } from "./cn";

/** An input's look: the `input-box` utility (components/ui/utilities.css). */
export const inputClass = "input-box";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// The simple shape check for an email field (the server's zod check decides).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A field's errors from the server's last answer, gone as soon as the person makes the field valid
 * (until the next answer): the browser's own checks of the control (required, type, length) and
 * `isValid` when given, or `validNow` turning true after an edit (a verdict that arrives later, like
 * a password's strength). `onInput` goes on the control.
 */
export function useFieldErrors(errors: string[] | undefined, isValid?: (value: string) => boolean, validNow?: boolean) {
  const [clearedFor, setClearedFor] = useState<string[] | undefined>();
  const [editedFor, setEditedFor] = useState<string[] | undefined>();
  const shown = errors?.length && errors !== clearedFor ? errors : undefined;
  useEffect(() => {
    if (validNow && shown && editedFor === shown) setClearedFor(shown);
  }, [validNow, shown, editedFor]);
  const onInput = (e: FormEvent<Control>) => {
    const el = e.currentTarget;
    if (!shown) return;
    setEditedFor(shown);
    if (!el.validity.valid) return;
    const value = el instanceof HTMLInputElement && el.type === "checkbox" ? (el.checked ? "on" : "") : el.value;
    if (isValid ? isValid(value) : !(el instanceof HTMLInputElement && el.type === "email" && value && !EMAIL_SHAPE.test(value.trim())))
      setClearedFor(errors);
  };
  return { errors: shown, onInput };
}

/**
 * A labelled input with its hint and errors wired through aria-describedby. Errors are inside an
 * aria-live region so they are read out when they appear, and clear as the field becomes valid
 * (`useFieldErrors`; `isValid` adds a check of its own, `validNow` a later verdict). An error that
 * is a catalogue key (a zod schema's `validation.…`) is translated here, where it is shown.
 */
export function FormField({
  name,
  label,
  hint,
  errors,
  isValid,
  validNow,
  className,
  children,
  ...input
}: Omit<ComponentProps<"input">, "children"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  isValid?: (value: string) => boolean;
  validNow?: boolean;
  children?: (props: {
    id: string;
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
    name: string;
    onInput: (e: FormEvent<Control>) => void;
  }) => ReactNode;
}) {
  const t = useTranslations();
  const id = input.id ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const live = useFieldErrors(errors, isValid, validNow);
  const hasErrors = Boolean(live.errors?.length);
  const describedBy = [hintId, hasErrors ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  const controlProps = { id, name, "aria-describedby": describedBy, "aria-invalid": hasErrors || undefined, onInput: live.onInput };
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
      {children ? (
        children(controlProps)
      ) : (
        <input
          className={inputClass}
          {...input}
          {...controlProps}
          onInput={(e) => {
            input.onInput?.(e);
            live.onInput(e);
          }}
        />
      )}
      <div id={errorId} aria-live="polite" className="text-sm text-red-700">
        {live.errors?.map((e) => (
          <p key={e}>{tError(t, e)}</p>
        ))}
      </div>
    </div>
  );
}

/** A sign-in form's "Password" field: the customer's and the staff console's. */
export function SignInPasswordField({ errors }: { errors?: string[] }) {
  const t = useTranslations("common");
  return <FormField name="password" label={t("password")} type="password" autoComplete="current-password" required errors={errors} />;
}
