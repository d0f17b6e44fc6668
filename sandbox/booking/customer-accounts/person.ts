import { randomInt } from "node:crypto";
import type { z } from "zod";
import type { SandboxContext } from "../../context";
import type { CustomerRecord } from "../../store/types";
import { stripEmpty } from "../customer-render";
import type { emergencyContactInput, newPerson, PersonPatch, postalAddressInput } from "./schemas";

/**
 * Identifiers of accounts created through the API are random, not seeded: after a reset the sandbox
 * must never hand an old identifier to a new person, or a portal still holding it would show one
 * customer another's data. (Seeded customers keep their fixed identifiers.)
 */
function newCustomerIdentifier(ctx: SandboxContext): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (;;) {
    let id = "";
    for (let i = 0; i < 10; i++) id += alphabet[randomInt(alphabet.length)];
    if (!ctx.store.customers.has(id)) return id;
  }
}

function cleanAddress(a: z.infer<typeof postalAddressInput> | undefined): CustomerRecord["address"] {
  if (!a) return undefined;
  const { streetAddress, addressLocality, addressRegion, postalCode, addressCountry } = a;
  return stripEmpty({ streetAddress, addressLocality, addressRegion, postalCode, addressCountry });
}

function cleanContact(e: z.infer<typeof emergencyContactInput> | undefined): CustomerRecord["emergencyContact"] {
  if (!e) return undefined;
  return stripEmpty({ name: e.name, telephone: e.telephone });
}

/** Applies the fields present in `patch`; returns the applied fields in Person form (nested keywords). */
export function applyPersonPatch(record: CustomerRecord, patch: PersonPatch): Record<string, unknown> {
  const applied: Record<string, unknown> = {};
  const simple = ["email", "givenName", "familyName", "telephone", "birthDate", "gender"] as const;
  for (const key of simple) {
    const value = patch[key];
    if (value !== undefined) {
      record[key] = value;
      applied[key] = value;
    }
  }
  if (patch["imin:is13OrOver"] !== undefined) {
    record.is13OrOver = patch["imin:is13OrOver"];
    applied["imin:is13OrOver"] = patch["imin:is13OrOver"];
  }
  if (patch.address !== undefined) {
    record.address = cleanAddress(patch.address);
    applied.address = { "@type": "PostalAddress", ...record.address };
  }
  if (patch.emergencyContact !== undefined) {
    record.emergencyContact = cleanContact(patch.emergencyContact);
    applied.emergencyContact = { "@type": "Person", ...record.emergencyContact };
  }
  return applied;
}

export function hasAnyField(patch: PersonPatch): boolean {
  return Object.entries(patch).some(([k, v]) => v !== undefined && k !== "@type" && k !== "type");
}

export function newRecord(ctx: SandboxContext, person: z.infer<typeof newPerson>, now: string): CustomerRecord {
  const record: CustomerRecord = {
    identifier: newCustomerIdentifier(ctx),
    email: person.email,
    givenName: person.givenName,
    familyName: person.familyName,
    createdAt: now,
  };
  applyPersonPatch(record, person);
  return record;
}
