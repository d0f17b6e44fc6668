import { z } from "zod";
import { londonToday } from "@/lib/family/today";
import { ageOn } from "@/lib/family/age";
import { vkey } from "@/lib/i18n/validation";
import { genderField, telephoneField } from "@/lib/person/fields";

// Messages are catalogue keys (family.errors.…, validation.…), translated where the form shows them.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, vkey("family.errors.emergencyNameTooLong", { max }))
    .optional()
    .transform((v) => v || undefined);

const name = (field: "givenName" | "familyName") =>
  z
    .string({ message: vkey("family.errors.nameRequired", { field }) })
    .trim()
    .min(1, vkey("family.errors.nameRequired", { field }))
    .max(100, vkey("family.errors.nameTooLong", { field, max: 100 }))
    .refine((v) => !/[<>{}]/.test(v), vkey("family.errors.nameCharacters", { field }));

const birthDate = z
  .string({ message: "family.errors.birthDateRequired" })
  .trim()
  .min(1, "family.errors.birthDateRequired")
  .superRefine((v, ctx) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: "custom", message: "family.errors.dateInvalid" });
      return;
    }
    const age = ageOn(v, londonToday());
    if (age < 0) ctx.addIssue({ code: "custom", message: "family.errors.birthDateFuture" });
    else if (age >= 120) ctx.addIssue({ code: "custom", message: "family.errors.birthDateYear" });
  });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.emailTooLong")
  .refine((v) => v === "" || z.email().safeParse(v).success, "family.errors.emailInvalid")
  .optional()
  .transform((v) => v || undefined);

/** The family-member form (add and edit): the fields imin's Customer Account takes for a person. */
export const memberSchema = z.object({
  givenName: name("givenName"),
  familyName: name("familyName"),
  birthDate,
  gender: genderField,
  email,
  emergencyContactName: optionalText(200),
  emergencyContactTelephone: telephoneField,
});

export const addMemberSchema = memberSchema.extend({
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "family.errors.expired"),
});

export const memberIdSchema = z.object({ memberId: z.uuid("family.errors.chooseMember") });
