import { z } from "zod";
import { londonToday } from "@/lib/family/today";
import { ageOn } from "@/lib/family/age";
import { genderField, telephoneField } from "@/lib/person/fields";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

const name = (label: string) =>
  z
    .string({ message: `Enter their ${label}.` })
    .trim()
    .min(1, `Enter their ${label}.`)
    .max(100, `Their ${label} can be at most 100 characters.`)
    .refine((v) => !/[<>{}]/.test(v), `Their ${label} can't contain < > { or }.`);

const birthDate = z
  .string({ message: "Enter their date of birth." })
  .trim()
  .min(1, "Enter their date of birth.")
  .superRefine((v, ctx) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: "custom", message: "Enter a real date, like 2015-06-10." });
      return;
    }
    const age = ageOn(v, londonToday());
    if (age < 0) ctx.addIssue({ code: "custom", message: "Their date of birth can't be in the future." });
    else if (age >= 120) ctx.addIssue({ code: "custom", message: "Check the year: they would be 120 or older." });
  });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter an email address like name@example.com, or leave it empty.")
  .optional()
  .transform((v) => v || undefined);

/** The family-member form (add and edit): the fields imin's Customer Account takes for a person. */
export const memberSchema = z.object({
  givenName: name("first name"),
  familyName: name("last name"),
  birthDate,
  gender: genderField,
  email,
  emergencyContactName: optionalText(200, "The emergency contact's name"),
  emergencyContactTelephone: telephoneField,
});

export const addMemberSchema = memberSchema.extend({
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This form has expired. Reload the page and try again."),
});

export const memberIdSchema = z.object({ memberId: z.uuid("Choose a family member.") });
