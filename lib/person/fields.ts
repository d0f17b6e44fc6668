import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { vkey } from "@/lib/i18n/validation";
import { ageOn } from "@/lib/time/venue-time";

/**
 * Field rules shared by sign-up and profile edit; they match what imin accepts. Their messages are
 * catalogue keys (messages/*.json `validation`), translated where the form shows them.
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, vkey("validation.tooLong", { max }))
    .optional()
    .transform((v) => v || undefined);

// Which name a message is about (the catalogue's `{field, select, …}`).
const NAME_FIELDS: Record<string, string> = { "first name": "givenName", "last name": "familyName" };

export const nameField = (label: string) => {
  const field = NAME_FIELDS[label] ?? "other";
  return z
    .string({ message: vkey("validation.nameRequired", { field }) })
    .trim()
    .min(1, vkey("validation.nameRequired", { field }))
    .max(100, vkey("validation.nameTooLong", { field, max: 100 }))
    .refine((v) => !/[<>{}]/.test(v), vkey("validation.nameCharacters", { field }));
};

export const emailField = z
  .string({ message: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "validation.emailRequired")
  .max(254, "validation.emailTooLong")
  .pipe(z.email({ message: "validation.emailInvalid" }));

/**
 * A new password's shape only; the policy (lib/auth/password-policy `refineNewPassword`, with the
 * person's own details as guessable words) runs in the form schema's superRefine.
 */
export const newPasswordField = z
  .string({ message: "validation.passwordRequired" })
  .min(1, "validation.passwordRequired")
  .max(PASSWORD_MAX_LENGTH, vkey("validation.passwordTooLong", { max: PASSWORD_MAX_LENGTH }));

export const telephoneField = z
  .string()
  .trim()
  .max(40, "validation.phoneTooLong")
  .regex(/^[0-9+()\- ]*$/, "validation.phoneCharacters")
  .refine((v) => v === "" || (v.match(/\d/g)?.length ?? 0) >= 6, "validation.phoneIncomplete")
  .optional()
  .transform((v) => v || undefined);

export const birthDateField = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .superRefine((v, ctx) => {
    if (!v) return;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: "custom", message: "validation.dateInvalid" });
      return;
    }
    const age = ageOn(v, new Date()) ?? 0;
    if (age < 0) ctx.addIssue({ code: "custom", message: "validation.birthDateFuture" });
    else if (age > 120) ctx.addIssue({ code: "custom", message: "validation.birthDateYear" });
  });

export function isUnder13(birthDate: string | undefined) {
  if (!birthDate) return false;
  const age = ageOn(birthDate, new Date());
  return age !== undefined && age < 13;
}

export const genderField = z
  .enum(["", "https://schema.org/Female", "https://schema.org/Male"], { message: "validation.chooseOption" })
  .optional()
  .transform((v) => v || undefined);

export const addressFields = {
  streetAddress: optionalText(200),
  addressLocality: optionalText(100),
  addressRegion: optionalText(100),
  postalCode: optionalText(16),
  addressCountry: optionalText(56),
};

export const emergencyContactFields = {
  emergencyContactName: optionalText(200),
  emergencyContactTelephone: telephoneField,
};

export const checkboxField = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");
