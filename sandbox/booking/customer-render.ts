import type { SandboxContext } from "../context";
import type { CustomerRecord } from "../store/types";

/** Drops `undefined`, `null`, empty strings and empty arrays/objects, as imin strips them. */
export function stripEmpty<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(stripEmpty).filter((v) => !isEmpty(v)) as T;
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleaned = stripEmpty(v);
      if (!isEmpty(cleaned)) out[k] = cleaned;
    }
    return out as T;
  }
  return value;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.keys(v as object).length === 0;
  return false;
}

export function customerAccountUrl(ctx: SandboxContext, identifier: string): string {
  return `${ctx.urls.booking}/customer-accounts/${encodeURIComponent(identifier)}`;
}

/** The Person fields of a customer, keyed as in the nested form (`@type` keyword). */
function personFields(record: CustomerRecord) {
  return {
    email: record.email,
    telephone: record.telephone,
    givenName: record.givenName,
    familyName: record.familyName,
    birthDate: record.birthDate,
    gender: record.gender,
    "imin:is13OrOver": record.is13OrOver,
    address: record.address ? { "@type": "PostalAddress", ...record.address } : undefined,
    emergencyContact: record.emergencyContact ? { "@type": "Person", ...record.emergencyContact } : undefined,
  };
}

/** `CustomerAccount` as imin's Get/Create answer it: `@type`/`@id` keywords, nulls stripped. */
export function renderCustomerAccount(ctx: SandboxContext, record: CustomerRecord) {
  return stripEmpty({
    "@context": "https://openactive.io/",
    "@type": "CustomerAccount",
    "@id": customerAccountUrl(ctx, record.identifier),
    identifier: record.identifier,
    customer: { "@type": "Person", ...personFields(record) },
    accessPass: record.accessPass ? { "@type": "Barcode", text: record.accessPass } : undefined,
    // imin's own example mixes keyword styles inside `entitlementType`; the sandbox keeps the quirk.
    entitlement: record.entitlement
      ? {
          "@type": "Entitlement",
          expires: record.entitlement.expires,
          entitlementType: { id: record.entitlement.id, type: "Concept", prefLabel: record.entitlement.label },
        }
      : undefined,
  });
}

/** The older flat answer: a Person with `type`/`id`. */
export function renderFlatCustomer(ctx: SandboxContext, record: CustomerRecord) {
  const person = personFields(record);
  return stripEmpty({
    type: "Person",
    ...person,
    address: record.address ? { type: "PostalAddress", ...record.address } : undefined,
    emergencyContact: record.emergencyContact ? { type: "Person", ...record.emergencyContact } : undefined,
    identifier: record.identifier,
    id: customerAccountUrl(ctx, record.identifier),
  });
}

/** The Organization summary used in per-seller errors. */
export function sellerSummary(ctx: SandboxContext, sellerId: string) {
  const seller = ctx.store.sellerById(sellerId);
  return stripEmpty({ "@type": "Organization", "@id": sellerId, name: seller?.name });
}

/** Placeholder values written over personal data on erasure (documented in docs/SANDBOX.md). */
export function erasePersonalData(record: CustomerRecord): void {
  record.email = `erased-${record.identifier}@erased.invalid`;
  record.givenName = "Erased";
  record.familyName = "Customer";
  record.telephone = undefined;
  record.birthDate = undefined;
  record.gender = undefined;
  record.address = undefined;
  record.emergencyContact = undefined;
  record.accessPass = undefined;
  record.entitlement = undefined;
  record.erased = true;
}
