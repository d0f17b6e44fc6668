import "server-only";
import { z } from "zod";
import { barcode, concept, flag, identified, identifier, lenient, list, postalAddress, sellerError, typeName } from "./common";

export const person = identified.extend({
  email: z.string().optional(),
  telephone: z.string().optional(),
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  name: z.string().optional(),
  birthDate: z.string().optional(),
  gender: z.string().optional(),
  "imin:is13OrOver": lenient(flag),
  address: lenient(postalAddress),
  emergencyContact: lenient(z.object({ type: typeName, name: z.string().optional(), telephone: z.string().optional() })),
  dateModified: z.string().optional(),
});

const evidenceRequestAction = z.object({
  type: typeName,
  url: z.string().optional(),
  expiry: z.string().optional(),
  actionStatus: z.string().optional(),
});

export const entitlement = z.object({
  type: typeName,
  id: z.string().optional(),
  expires: z.string().optional(),
  entitlementType: lenient(concept),
  evidenceRequest: lenient(evidenceRequestAction),
});

/** Get / create response. `customer` may be absent for an erased account. */
export const customerAccount = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier,
  customer: person.optional().catch(undefined),
  accessPass: lenient(barcode),
  entitlement: lenient(entitlement),
});
export type CustomerAccountPayload = z.infer<typeof customerAccount>;

/** The older flat create response: a Person with `identifier` and `id`. */
export const flatCustomerAccount = person.extend({ identifier });

export const customerUpdateActionResponse = z.object({
  type: typeName,
  actionStatus: z.string().optional(),
  object: lenient(person),
  error: list(sellerError),
});

export const accessPassUpdateResponse = z.object({
  type: typeName,
  object: lenient(barcode),
  error: list(sellerError),
});

/** Customer Detail Change webhook body. */
export const customerDetailChange = z.object({
  type: z.literal("CustomerAccount"),
  id: z.string().optional(),
  identifier,
});
