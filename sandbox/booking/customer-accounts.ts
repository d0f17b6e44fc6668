import { randomInt } from "node:crypto";
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { iminError, invalidRequest, notFound, OA_CONTEXT } from "../http/errors";
import { describeIssues, parseJsonBody } from "../http/validate";
import type { CustomerRecord, LinkedAccountRecord } from "../store/types";
import {
  customerAccountUrl,
  erasePersonalData,
  renderCustomerAccount,
  renderFlatCustomer,
  sellerSummary,
  stripEmpty,
} from "./customer-render";
import { BROKER_ENTITLEMENTS } from "../seed/entitlements";

// ---- input schemas (null = absent, strings trimmed) ------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);
const opt = <S extends z.ZodType>(s: S) => s.nullish().transform((v) => v ?? undefined);
const typeKeyword = (expected: string) => z.string().refine((v) => v === expected, `must be "${expected}"`);

const postalAddressInput = z.object({
  "@type": opt(z.string()),
  type: opt(z.string()),
  streetAddress: opt(z.string().trim().max(200)),
  addressLocality: opt(z.string().trim().max(100)),
  addressRegion: opt(z.string().trim().max(100)),
  postalCode: opt(z.string().trim().max(16)),
  addressCountry: opt(z.string().trim().max(56)),
});

const emergencyContactInput = z.object({
  "@type": opt(z.string()),
  type: opt(z.string()),
  name: opt(z.string().trim().max(200)),
  telephone: opt(z.string().trim().max(40)),
});

const personFieldsInput = {
  email: z.string().trim().max(254).pipe(z.email({ message: "must be an email address" })),
  givenName: text(100),
  familyName: text(100),
  telephone: z.string().trim().max(40).regex(/^[0-9+()\- ]*$/, "must be a telephone number"),
  birthDate: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }),
  gender: z.string().trim().regex(/^https?:\/\/schema\.org\/\w+$/, "must be a schema.org URL, e.g. https://schema.org/Female"),
  "imin:is13OrOver": z.boolean(),
  address: postalAddressInput,
  emergencyContact: emergencyContactInput,
};

/** A Person with every field optional (update) — unknown fields are ignored. */
const partialPerson = z.object({
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
type PersonPatch = z.infer<typeof partialPerson>;

/** The fields create requires. */
const newPerson = partialPerson.extend({
  email: personFieldsInput.email,
  givenName: personFieldsInput.givenName,
  familyName: personFieldsInput.familyName,
});

const nestedCreate = z.object({
  "@context": z.union([z.string(), z.array(z.unknown())], { message: "is required" }),
  "@type": typeKeyword("CustomerAccount"),
  customer: newPerson.extend({ "@type": typeKeyword("Person") }),
});

const flatCreate = newPerson;

const sellerList = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).max(100)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

const customerUpdateAction = z.object({
  "@type": z.literal("CustomerUpdateAction"),
  object: partialPerson,
  seller: opt(sellerList),
});

const accessPassUpdateAction = z.object({
  "@type": z.literal("imin:AccessPassUpdateAction"),
  object: z.object({ "@type": opt(z.string()), type: opt(z.string()), text: z.string({ message: "is required" }) }),
});

const entitlementTypeRef = z.union([
  z.string().trim().min(1),
  z
    .object({ "@id": opt(z.string().trim()), id: opt(z.string().trim()), prefLabel: opt(z.string()) })
    .transform((v) => v["@id"] ?? v.id ?? ""),
]);

const entitlementUpdateAction = z.object({
  "@type": z.literal("imin:EntitlementUpdateAction"),
  object: z.object({
    "@type": opt(z.string()),
    entitlementType: entitlementTypeRef,
    validUntil: opt(z.iso.datetime({ offset: true })),
    expires: opt(z.iso.datetime({ offset: true })),
  }),
});

const actionType = z.object({ "@type": opt(z.string()), type: opt(z.string()) });

/** imin's own access pass rule, before any seller's: 1–32 letters, digits or hyphens. */
const IMIN_ACCESS_PASS = /^[A-Za-z0-9-]{1,32}$/;

// ---- helpers ---------------------------------------------------------------------------------

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
function applyPersonPatch(record: CustomerRecord, patch: PersonPatch): Record<string, unknown> {
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

function hasAnyField(patch: PersonPatch): boolean {
  return Object.entries(patch).some(([k, v]) => v !== undefined && k !== "@type" && k !== "type");
}

function findCustomer(ctx: SandboxContext, c: Context): CustomerRecord | undefined {
  return ctx.store.customerById(c.req.param("id") ?? "");
}

function customerNotFound(c: Context): Response {
  return notFound(c, "No customer account has this identifier.");
}

function deletedAccount(c: Context): Response {
  return iminError(c, 400, "UpdateFailedError", "This customer account has been deleted.");
}

/** Why a seller's booking system refuses a pushed detail change, if it does. */
function sellerRefusal(ctx: SandboxContext, sellerId: string, applied: Record<string, unknown>): string | undefined {
  const seller = ctx.store.sellerById(sellerId);
  if (seller?.detailPushRule === "telephone-leading-zero" && typeof applied.telephone === "string") {
    if (!applied.telephone.startsWith("0")) {
      return `${seller.name} only accepts UK telephone numbers starting with 0; the telephone number was not updated there.`;
    }
  }
  return undefined;
}

function linkedSellerIds(ctx: SandboxContext, customerId: string): Set<string> {
  return new Set(ctx.store.linkedAccountsOf(customerId).map((a) => a.sellerId));
}

function pushToLinkedAccount(ctx: SandboxContext, account: LinkedAccountRecord, applied: Record<string, unknown>): void {
  if (typeof applied.email === "string") {
    account.email = applied.email;
    account.emailModified = ctx.clock.nowIso();
    ctx.store.addSellerKnownEmail(account.sellerId, applied.email);
  }
}

// ---- routes ----------------------------------------------------------------------------------

/** Booking Platform customer accounts: create (nested and flat), get, actions, PATCH, DELETE. */
export function registerCustomerAccounts(app: Hono, ctx: SandboxContext): void {
  const base = "/api/v2/customer-accounts";
  const limit = () => ctx.config.bodyLimitBytes;

  app.post(base, async (c) => {
    const raw = await parseJsonBody(c, z.record(z.string(), z.unknown()), limit());
    if (!raw.ok) return raw.response;
    const body = raw.data;
    const isNested = "customer" in body || "@type" in body || "@context" in body;
    const now = ctx.clock.nowIso();
    if (isNested) {
      const parsed = nestedCreate.safeParse(body);
      if (!parsed.success) return invalidRequest(c, describe(parsed.error));
      const record = newRecord(ctx, parsed.data.customer, now);
      ctx.store.customers.set(record.identifier, record);
      return c.json(renderCustomerAccount(ctx, record), 201, { location: customerAccountUrl(ctx, record.identifier) });
    }
    const parsed = flatCreate.safeParse(body);
    if (!parsed.success) return invalidRequest(c, describe(parsed.error));
    const record = newRecord(ctx, parsed.data, now);
    ctx.store.customers.set(record.identifier, record);
    return c.json(renderFlatCustomer(ctx, record), 201, { location: customerAccountUrl(ctx, record.identifier) });
  });

  app.get(`${base}/:id`, (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    return c.json(renderCustomerAccount(ctx, record), 200);
  });

  app.patch(`${base}/:id`, async (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    const parsed = await parseJsonBody(c, partialPerson, limit());
    if (!parsed.ok) return parsed.response;
    if (record.erased || record.deletionRequestedAt) return deletedAccount(c);
    if (!hasAnyField(parsed.data)) return invalidRequest(c, "Invalid request: at least one Person field is needed.");
    applyPersonPatch(record, parsed.data);
    return c.json(renderFlatCustomer(ctx, record), 200);
  });

  app.delete(`${base}/:id`, (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    if (!record.deletionRequestedAt) {
      record.deletionRequestedAt = ctx.clock.nowIso();
      const timer = setTimeout(() => {
        // A reseed replaces the record; only erase the one this request named.
        if (ctx.store.customers.get(record.identifier) === record) erasePersonalData(record);
      }, ctx.config.erasureDelayMs);
      timer.unref?.();
    }
    return c.body(null, 202);
  });

  app.post(`${base}/:id/actions`, async (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    const raw = await parseJsonBody(c, z.record(z.string(), z.unknown()), limit());
    if (!raw.ok) return raw.response;
    const kind = actionType.safeParse(raw.data);
    const type = kind.success ? (kind.data["@type"] ?? kind.data.type) : undefined;
    const body = { ...raw.data, "@type": type };
    if (record.erased || record.deletionRequestedAt) return deletedAccount(c);
    switch (type) {
      case "CustomerUpdateAction":
        return customerUpdate(ctx, c, record, body);
      case "imin:AccessPassUpdateAction":
      case "AccessPassUpdateAction":
        return accessPassUpdate(ctx, c, record, { ...body, "@type": "imin:AccessPassUpdateAction" });
      case "imin:EntitlementUpdateAction":
      case "EntitlementUpdateAction":
        return entitlementUpdate(ctx, c, record, { ...body, "@type": "imin:EntitlementUpdateAction" });
      default:
        return invalidRequest(
          c,
          type
            ? `Invalid request: @type "${String(type).slice(0, 60)}" is not an action this endpoint accepts (CustomerUpdateAction, imin:AccessPassUpdateAction, imin:EntitlementUpdateAction).`
            : "Invalid request: @type is required (CustomerUpdateAction, imin:AccessPassUpdateAction or imin:EntitlementUpdateAction).",
        );
    }
  });
}

function describe(error: z.ZodError): string {
  return describeIssues(error, 1);
}

function newRecord(ctx: SandboxContext, person: z.infer<typeof newPerson>, now: string): CustomerRecord {
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

function customerUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
  const parsed = customerUpdateAction.safeParse(body);
  if (!parsed.success) return invalidRequest(c, describe(parsed.error));
  const { object, seller } = parsed.data;
  if (!hasAnyField(object)) return invalidRequest(c, "Invalid request: object needs at least one Person field to update.");
  const linked = linkedSellerIds(ctx, record.identifier);
  const sellers = [...new Set(seller ?? [])];
  const unlinked = sellers.findIndex((id) => !linked.has(id));
  if (unlinked >= 0) {
    return invalidRequest(
      c,
      `Invalid request: seller[${unlinked}] (${sellers[unlinked].slice(0, 200)}) is not a seller this customer has a linked account with.`,
    );
  }
  const applied = applyPersonPatch(record, object);
  const errors: unknown[] = [];
  for (const sellerId of sellers) {
    const refusal = sellerRefusal(ctx, sellerId, applied);
    if (refusal) {
      errors.push({ "@context": OA_CONTEXT, "@type": "UpdateFailedError", name: refusal, seller: sellerSummary(ctx, sellerId) });
      continue;
    }
    const account = ctx.store.linkedAccount(record.identifier, sellerId);
    if (account) pushToLinkedAccount(ctx, account, applied);
  }
  return c.json(
    stripEmpty({
      "@context": OA_CONTEXT,
      "@type": "CustomerUpdateAction",
      actionStatus: "https://schema.org/CompletedActionStatus",
      object: { "@type": "Person", ...applied },
      error: errors,
    }),
    200,
  );
}

function accessPassUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
  const parsed = accessPassUpdateAction.safeParse(body);
  if (!parsed.success) return invalidRequest(c, describe(parsed.error));
  const value = parsed.data.object.text.trim();
  if (!value) return iminError(c, 400, "UpdateFailedError", "Barcode text is empty.");
  if (value.length > 32) return iminError(c, 400, "UpdateFailedError", "Barcode is longer than 32 characters.");
  if (!IMIN_ACCESS_PASS.test(value)) {
    return iminError(c, 400, "UpdateFailedError", "Barcode may only contain letters, digits and hyphens.");
  }
  record.accessPass = value;
  const now = ctx.clock.nowIso();
  const errors: unknown[] = [];
  for (const account of ctx.store.linkedAccountsOf(record.identifier)) {
    const seller = ctx.store.sellerById(account.sellerId);
    if (seller && !seller.accessPassPattern.test(value)) {
      errors.push({
        "@context": OA_CONTEXT,
        "@type": "BarcodeInvalidError",
        name: "The barcode value specified is not permitted within this booking system.",
        description: `${seller.name} accepts access passes of ${seller.accessPassRule}.`,
        seller: sellerSummary(ctx, seller.id),
      });
      continue;
    }
    account.accessPass = value;
    account.accessPassModified = now;
  }
  return c.json(
    stripEmpty({
      "@context": OA_CONTEXT,
      "@type": "imin:AccessPassUpdateAction",
      object: { "@type": "Barcode", text: value },
      error: errors,
    }),
    200,
  );
}

function entitlementUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
  const parsed = entitlementUpdateAction.safeParse(body);
  if (!parsed.success) return invalidRequest(c, describe(parsed.error));
  const { entitlementType, validUntil, expires } = parsed.data.object;
  const known = BROKER_ENTITLEMENTS.find((e) => e.id === entitlementType);
  if (!known) {
    return invalidRequest(c, `Invalid request: object.entitlementType (${entitlementType.slice(0, 200)}) is not one of this broker's entitlements.`);
  }
  const until = validUntil ?? expires ?? new Date(ctx.clock.now().getTime() + 365 * 86_400_000).toISOString();
  record.entitlement = { id: known.id, label: known.label, expires: new Date(until).toISOString() };
  // Fanned out to linked accounts, replacing any previous entitlement there.
  for (const account of ctx.store.linkedAccountsOf(record.identifier)) {
    const seller = ctx.store.sellerById(account.sellerId);
    if (seller?.linkProfile === "entitlement-error") {
      account.entitlementUpdateErrors = [
        {
          type: "imin:EntitlementUpdateError",
          name: "Entitlement not applied",
          description: `${seller.name} could not apply the ${known.label} entitlement to this account.`,
        },
      ];
      continue;
    }
    account.entitlement = { ...record.entitlement };
  }
  return c.json(
    stripEmpty({
      "@context": OA_CONTEXT,
      "@type": "imin:EntitlementUpdateAction",
      actionStatus: "https://schema.org/CompletedActionStatus",
      object: {
        "@type": "Entitlement",
        validUntil: record.entitlement.expires,
        entitlementType: { "@id": known.id, "@type": "Concept", prefLabel: known.label },
      },
    }),
    200,
  );
}
