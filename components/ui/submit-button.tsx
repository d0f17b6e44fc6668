"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

/** A submit button that is disabled while its form is pending (no accidental double submits). */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  ...props
}: ComponentProps<"button"> & { pendingText?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <Button type="submit" variant={variant} disabled={pending || props.disabled} aria-busy={pending} {...props}>
      {pending ? (pendingText ?? t("working")) : children}
    </Button>
  );
}
