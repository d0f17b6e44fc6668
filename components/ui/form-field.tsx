import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** An input's look: the `input-box` utility (components/ui/utilities.css). */
export const inputClass = "input-box";

/**
 * A labelled input with its hint and errors wired through aria-describedby. Errors are inside an
 * aria-live region so they are read out when they appear.
 */
export function FormField({
  name,
  label,
  hint,
  errors,
  className,
  children,
  ...input
}: Omit<ComponentProps<"input">, "children"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children?: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean; name: string }) => ReactNode;
}) {
  const id = input.id ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hintId, hasErrors ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  const controlProps = { id, name, "aria-describedby": describedBy, "aria-invalid": hasErrors || undefined };
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
      {children ? children(controlProps) : <input className={inputClass} {...input} {...controlProps} />}
      <div id={errorId} aria-live="polite" className="text-sm text-red-700">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}
