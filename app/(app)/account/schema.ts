import { z } from "zod";
import { refineNewPassword } from "@/lib/auth/password-policy";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { getBrokerConfig } from "@/lib/broker/config";
import {
  addressFields,
  birthDateField,
  emailField,
  emergencyContactFields,
  genderField,
  nameField,
  newPasswordField,
  telephoneField,
} from "@/lib/person/fields";

/** The one schema for the profile edit form. */
export const profileSchema = z.object({
  givenName: nameField("first name"),
  familyName: nameField("last name"),
  telephone: telephoneField,
  birthDate: birthDateField,
  gender: genderField,
  ...addressFields,
  ...emergencyContactFields,
});
export type ProfileInput = z.infer<typeof profileSchema>;

const currentPassword = z
  .string({ message: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(PASSWORD_MAX_LENGTH, "Enter your current password.");

export const deleteAccountSchema = z.object({ currentPassword });

export const changePasswordSchema = z.object({ currentPassword, newPassword: newPasswordField }).superRefine((v, ctx) => {
  if (v.newPassword === v.currentPassword) {
    ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from your current one." });
    return;
  }
  // The person's own email and name are judged in lib/accounts/change-password.ts (the form does not carry them).
  refineNewPassword(ctx, v.newPassword, [getBrokerConfig().name], ["newPassword"]);
});

export const changeEmailSchema = z.object({ newEmail: emailField, currentPassword });

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
