import { z } from "zod";

/** Input schemas of the customer-account routes (null = absent, strings trimmed). */

const text = (max: number) => z.string().trim().min(1).max(max);
const opt = <S extends z.ZodType>(s: S) => s.nullish().transform((v) => v ?? undefined);
const typeKeyword = (expected: string) => z.string().refine((v) => v === expected, `must be "${expected}"`);

export const postalAddressInput = z.object({
  "@type": opt(z.string()),
  type: opt(z.string()),
  streetAddress: opt(z.string().trim().max(200)),
  addressLocality: opt(z.string().trim().max(100)),
  addressRegion: opt(z.string().trim().max(100)),
  postalCode: opt(z.string().trim().max(16)),
  addressCountry: opt(z.string().trim().max(56)),
});

export const emergencyContactInput = z.object({
  "@type": opt(z.string()),
  type: opt(z.string()),
  name: opt(z.string().trim().max(200)),
  telephone: opt(z.string().trim().max(40)),
});

const personFieldsInput = {
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: "must be an email address" })),
  givenName: text(100),
  familyName: text(100),
  telephone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+()\- ]*$/, "must be a telephone number"),
  birthDate: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }),
  gender: z
    .string()
    .trim()
    .regex(/^https?:\/\/schema\.org\/\w+$/, "must be a schema.org URL, e.g. https://schema.org/Female"),
  "imin:is13OrOver": z.boolean(),
  address: postalAddressInput,
  emergencyContact: emergencyContactInput,
};

/** A Person with every field optional (update) — unknown fields are ignored. */
export const partialPerson = z.object({
  "@type": opt(z.string()),
  type: opt(z.string()),
  email: opt(personFieldsInput.email),
  givenName: opt(personFieldsInput.givenName),
  familyName: opt(personFieldsInput.familyName),
  telephone: opt(personFieldsInput.telephone),
  birthDate: opt(personFieldsInput.birthDate),
  gender: opt(personFieldsInput.gender),
  "imin:is13OrOver": opt(personFieldsInput["imin:is13OrOver"]),
  address: opt(postalAddressInput),
  emergencyContact: opt(emergencyContactInput),
});
export type PersonPatch = z.infer<typeof partialPerson>;

/** The fields create requires. */
export const newPerson = partialPerson.extend({
  email: personFieldsInput.email,
  givenName: personFieldsInput.givenName,
  familyName: personFieldsInput.familyName,
});

export const nestedCreate = z.object({
  "@context": z.union([z.string(), z.array(z.unknown())], { message: "is required" }),
  "@type": typeKeyword("CustomerAccount"),
  customer: newPerson.extend({ "@type": typeKeyword("Person") }),
});

const sellerList = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).max(100)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

export const customerUpdateAction = z.object({
  "@type": z.literal("CustomerUpdateAction"),
  object: partialPerson,
  seller: opt(sellerList),
});

export const accessPassUpdateAction = z.object({
  "@type": z.literal("imin:AccessPassUpdateAction"),
  object: z.object({ "@type": opt(z.string()), type: opt(z.string()), text: z.string({ message: "is required" }) }),
});

const entitlementTypeRef = z.union([
  z.string().trim().min(1),
  z
    .object({ "@id": opt(z.string().trim()), id: opt(z.string().trim()), prefLabel: opt(z.string()) })
    .transform((v) => v["@id"] ?? v.id ?? ""),
]);

export const entitlementUpdateAction = z.object({
  "@type": z.literal("imin:EntitlementUpdateAction"),
  object: z.object({
    "@type": opt(z.string()),
    entitlementType: entitlementTypeRef,
    validUntil: opt(z.iso.datetime({ offset: true })),
    expires: opt(z.iso.datetime({ offset: true })),
  }),
});

export const actionType = z.object({ "@type": opt(z.string()), type: opt(z.string()) });

/** imin's own access pass rule, before any seller's: 1–32 letters, digits or hyphens. */
export const IMIN_ACCESS_PASS = /^[A-Za-z0-9-]{1,32}$/;
