import { z } from "zod";
import { refineNewPassword } from "@/lib/auth/password-policy";
import { getBrokerConfig } from "@/lib/broker/config";
import { birthDateField, checkboxField, emailField, isUnder13, nameField, newPasswordField, telephoneField } from "@/lib/person/fields";

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ message: "auth.signIn.passwordRequired" }).min(1, "auth.signIn.passwordRequired").max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export const signUpSchema = z
  .object({
    givenName: nameField("first name"),
    familyName: nameField("last name"),
    email: emailField,
    password: newPasswordField,
    telephone: telephoneField,
    birthDate: birthDateField,
    is13OrOver: checkboxField,
    /** The form's one-time token (a double submit is one sign-up). */
    nonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/, "auth.signUp.reload"),
    /** Where to come back to after confirming (checked by safeCallbackPath where it is used). */
    callbackUrl: z.string().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    refineNewPassword(ctx, v.password, [getBrokerConfig().name, v.email, v.givenName, v.familyName]);
    if (!v.is13OrOver) ctx.addIssue({ code: "custom", path: ["is13OrOver"], message: "auth.signUp.over13Required" });
    else if (isUnder13(v.birthDate)) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "auth.signUp.under13" });
  });

/** A new password from a reset link; the link's login is not known here, only the broker. */
export const resetPasswordSchema = z.object({ token: z.string().max(100), password: newPasswordField }).superRefine((v, ctx) => {
  refineNewPassword(ctx, v.password, [getBrokerConfig().name]);
});
