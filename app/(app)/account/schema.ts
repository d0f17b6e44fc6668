import { z } from "zod";
import {
  addressFields,
  birthDateField,
  emailField,
  emergencyContactFields,
  genderField,
  nameField,
  telephoneField,
} from "@/lib/person/fields";

/** The one schema for the profile edit form. */
export const profileSchema = z.object({
  givenName: nameField("given name"),
  familyName: nameField("family name"),
  email: emailField,
  telephone: telephoneField,
  birthDate: birthDateField,
  gender: genderField,
  ...addressFields,
  ...emergencyContactFields,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ message: "Type your email address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, "Type your email address to confirm."),
});

/**
 * A membership card number: spaces people type between groups are dropped; what is left must be
 * 4 to 32 letters, digits or hyphens (what barcodes at front desks carry and imin accepts).
 */
export const accessPassSchema = z.object({
  accessPass: z
    .string({ message: "Enter your card number" })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Enter your card number")
        .min(4, "A card number has at least 4 characters")
        .max(32, "A card number has at most 32 characters")
        .regex(/^[A-Za-z0-9-]+$/, "Use only letters, numbers and hyphens"),
    ),
});
