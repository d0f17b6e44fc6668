"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ComponentProps, useEffect, useRef, useState } from "react";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordVerdict,
  judgePassword,
  loadPasswordChecker,
} from "@/lib/auth/password-strength";
import { FormField } from "./form-field";

const LABELS = ["veryWeak", "weak", "fair", "strong", "veryStrong"] as const;
const BAR = ["bg-red-700", "bg-red-700", "bg-amber-600", "bg-green-700", "bg-green-700"] as const;

/**
 * A password input. With autoComplete="new-password" (the default) it states the rule and, as
 * the person types, a strength hint from the same check the server applies (zxcvbn, loaded on
 * first focus so pages do not carry its dictionaries). With "current-password" it is a plain
 * labelled password input. The server's verdict (`errors`) shows until the password passes the
 * same check (or, for a current password, is typed).
 *
 *   <PasswordField name="password" label="Password" autoComplete="new-password" errors={e.password} />
 */
export function PasswordField({
  name,
  label,
  autoComplete = "new-password",
  errors,
  hint,
  userInputs,
  ...input
}: Omit<ComponentProps<"input">, "type" | "name" | "children"> & {
  name: string;
  label: string;
  autoComplete?: "new-password" | "current-password";
  errors?: string[];
  hint?: string;
  /** The person's own email and names: a password built from them counts as weak. */
  userInputs?: string[];
}) {
  const t = useTranslations("common.passwordStrength");
  // The checker's own advice (zxcvbn) is English only: other languages get a general hint instead.
  const english = useLocale() === "en";
  const isNew = autoComplete === "new-password";
  const [value, setValue] = useState("");
  const [verdict, setVerdict] = useState<(PasswordVerdict & { of: string }) | undefined>();
  const checker = useRef<Awaited<ReturnType<typeof loadPasswordChecker>> | undefined>(undefined);
  const [ready, setReady] = useState(false);

  const load = () => {
    if (!isNew || checker.current) return;
    loadPasswordChecker()
      .then((c) => {
        checker.current = c;
        setReady(true);
      })
      .catch(() => {
        // The hint is a convenience: the server checks the password anyway.
      });
  };

  useEffect(() => {
    if (!isNew || !ready || !checker.current) return;
    if (!value) {
      setVerdict(undefined);
      return;
    }
    const c = checker.current;
    const t = setTimeout(() => setVerdict({ ...judgePassword(c, value, userInputs ?? []), of: value }), 150);
    return () => clearTimeout(t);
  }, [isNew, ready, value, userInputs]);

  const statusId = `field-${name}-strength`;
  return (
    <div className="space-y-1">
      <FormField
        {...input}
        name={name}
        label={label}
        type="password"
        autoComplete={autoComplete}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={hint ?? (isNew ? t("rule", { min: PASSWORD_MIN_LENGTH }) : undefined)}
        errors={errors}
        // A new password's error clears once the same check as the server's passes (the checker loads on focus).
        isValid={isNew ? (v) => Boolean(checker.current && judgePassword(checker.current, v, userInputs ?? []).ok) : undefined}
        validNow={isNew ? verdict?.ok === true && verdict.of === value : undefined}
        onFocus={(e) => {
          load();
          input.onFocus?.(e);
        }}
        onChange={(e) => {
          load();
          setValue(e.currentTarget.value);
          input.onChange?.(e);
        }}
      />
      {isNew ? (
        <div id={statusId} aria-live="polite" className="min-h-5 text-sm text-gray-700" data-testid="password-strength">
          {verdict ? (
            <div className="space-y-1">
              <div className="flex gap-1" aria-hidden="true">
                {[0, 1, 2, 3].map((i) => (
                  <span key={i} className={`h-1.5 flex-1 rounded ${i < Math.max(1, verdict.score) ? BAR[verdict.score] : "bg-gray-300"}`} />
                ))}
              </div>
              <p>
                <span className="font-medium">{t("strength", { label: t(LABELS[verdict.score]) })}</span>{" "}
                {verdict.ok ? t("good") : english ? (verdict.message ?? verdict.suggestions[0] ?? "") : t("weakHint")}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
