import { z } from "zod";
import { refineNewPassword } from "@/lib/auth/password-policy";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { getBrokerConfig } from "@/lib/broker/config";
import { vkey } from "@/lib/i18n/validation";
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
  .string({ message: "account.errors.currentPasswordRequired" })
  .min(1, "account.errors.currentPasswordRequired")
  .max(PASSWORD_MAX_LENGTH, "account.errors.currentPasswordRequired");

export const deleteAccountSchema = z.object({ currentPassword });

export const changePasswordSchema = z.object({ currentPassword, newPassword: newPasswordField }).superRefine((v, ctx) => {
  if (v.newPassword === v.currentPassword) {
    ctx.addIssue({ code: "custom", path: ["newPassword"], message: "account.changePassword.same" });
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
    .string({ message: "account.accessPass.required" })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "account.accessPass.required")
        .min(4, vkey("account.accessPass.tooShort", { min: 4 }))
        .max(32, vkey("account.accessPass.tooLong", { max: 32 }))
        .regex(/^[A-Za-z0-9-]+$/, "account.accessPass.characters"),
    ),
});
