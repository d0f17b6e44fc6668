import { z } from "zod";
import {
  addressFields,
  birthDateField,
  emailField,
  emergencyContactFields,
  genderField,
  nameField,
  telephoneField,
} from "@/lib/actions/person-fields";

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
  confirmEmail: z.string({ message: "Type your email address to confirm." }).trim().toLowerCase().min(1, "Type your email address to confirm."),
});
