import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { ageOn } from "@/lib/time/venue-time";

/** Field rules shared by sign-up and profile edit; they match what imin accepts. */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

export const nameField = (label: string) =>
  z
    .string({ message: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(100, `Your ${label} can be at most 100 characters.`)
    .refine((v) => !/[<>{}]/.test(v), `Your ${label} can't contain < > { or }.`);

export const emailField = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: "Enter an email address like name@example.com." }));

/**
 * A new password's shape only; the policy (lib/auth/password-policy `refineNewPassword`, with the
 * person's own details as guessable words) runs in the form schema's superRefine.
 */
export const newPasswordField = z
  .string({ message: "Choose a password." })
  .min(1, "Choose a password.")
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`);

export const telephoneField = z
  .string()
  .trim()
  .max(40, "That phone number is too long.")
  .regex(/^[0-9+()\- ]*$/, "Use only digits, spaces, + ( ) and -.")
  .refine((v) => v === "" || (v.match(/\d/g)?.length ?? 0) >= 6, "Enter a full phone number.")
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
      ctx.addIssue({ code: "custom", message: "Enter a real date, like 1990-05-17." });
      return;
    }
    const age = ageOn(v, new Date()) ?? 0;
    if (age < 0) ctx.addIssue({ code: "custom", message: "Your date of birth must be in the past." });
    else if (age > 120) ctx.addIssue({ code: "custom", message: "Check the year of your date of birth." });
  });

export function isUnder13(birthDate: string | undefined) {
  if (!birthDate) return false;
  const age = ageOn(birthDate, new Date());
  return age !== undefined && age < 13;
}

export const genderField = z
  .enum(["", "https://schema.org/Female", "https://schema.org/Male"], { message: "Choose one of the options." })
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
