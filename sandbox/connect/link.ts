import { createHash } from "node:crypto";
import type { SandboxContext } from "../context";
import type { CustomerRecord, EvidenceRequestRecord, LinkedAccountRecord, Seller } from "../store/types";

const DAY_MS = 24 * 60 * 60 * 1000;

function digitsFrom(seed: string, length: number): string {
  const hash = createHash("sha256").update(seed).digest();
  let out = "";
  for (let i = 0; out.length < length; i++) out += (hash[i % hash.length] % 10).toString();
  return out;
}

function matches(seller: Seller, value: string): boolean {
  const pattern = new RegExp(seller.accessPassPattern.source, seller.accessPassPattern.flags.replace(/[gy]/g, ""));
  return pattern.test(value);
}

/**
 * The membership card number a seller issues on linking: the customer's imin access pass when this
 * seller accepts it, else a number of the seller's own format (deterministic per customer and seller).
 */
function issueCardNumber(seller: Seller, customer: CustomerRecord): string {
  if (customer.accessPass && matches(seller, customer.accessPass)) return customer.accessPass;
  const seed = `${customer.identifier}|${seller.id}`;
  const letters = seller.slug.replace(/[^a-z]/gi, "").toUpperCase();
  const candidates = [
    digitsFrom(seed, 10),
    `${letters.slice(0, 2)}${digitsFrom(seed, 8)}`,
    `${letters.slice(0, 3)}${digitsFrom(seed, 8)}`,
    `${letters.slice(0, 3)}-${digitsFrom(seed, 6)}`,
    digitsFrom(seed, 8),
    digitsFrom(seed, 12),
    digitsFrom(seed, 16),
    `M${digitsFrom(seed, 7)}`,
  ];
  return candidates.find((candidate) => matches(seller, candidate)) ?? candidates[0];
}

function entitlementTypeId(ctx: SandboxContext, seller: Seller, key: string): string {
  return `${ctx.urls.public}/sellers/${seller.slug}/entitlement-list#${key}`;
}

/**
 * Links the customer's account at this seller (or refreshes an existing link), giving what the
 * seller's link profile says: nothing more, an entitlement, an entitlement awaiting evidence, or an
 * entitlement the seller could not apply.
 */
export function linkAccount(ctx: SandboxContext, customer: CustomerRecord, seller: Seller, email: string): LinkedAccountRecord {
  const existing = ctx.store.linkedAccount(customer.identifier, seller.id);
  if (existing) return existing;
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const account: LinkedAccountRecord = {
    customerId: customer.identifier,
    sellerId: seller.id,
    dateLinked: nowIso,
    email: email.trim(),
    emailModified: nowIso,
    accessPass: issueCardNumber(seller, customer),
    accessPassModified: nowIso,
    hiddenEntitlements: false,
    entitlementUpdateErrors: [],
    evidenceRequests: [],
  };
  const inAYear = new Date(now.getTime() + 365 * DAY_MS).toISOString();
  if (seller.linkProfile === "entitlement") {
    const id = entitlementTypeId(ctx, seller, "resident");
    account.entitlement = { label: "Resident Discount", id, expires: inAYear };
    account.hiddenEntitlements = true;
    account.evidenceRequests.push(evidenceRequest(ctx, { label: "Resident Discount", typeId: id, expires: inAYear, status: "completed" }));
  } else if (seller.linkProfile === "evidence") {
    const id = entitlementTypeId(ctx, seller, "concession");
    account.entitlement = { label: "Concession", id, expires: inAYear };
    account.evidenceRequests.push(evidenceRequest(ctx, { label: "Concession", typeId: id, expires: inAYear, status: "potential" }));
  } else if (seller.linkProfile === "entitlement-error") {
    account.entitlementUpdateErrors.push({
      type: "EntitlementConflict",
      name: "The entitlement cannot be applied due to other entitlements already associated with the Customer.",
      description: `This customer already has a paid monthly membership at ${seller.name}`,
    });
  }
  ctx.store.putLinkedAccount(account);
  ctx.store.addSellerKnownEmail(seller.id, account.email);
  return account;
}

function evidenceRequest(
  ctx: SandboxContext,
  input: { label: string; typeId: string; expires: string; status: EvidenceRequestRecord["status"] },
): EvidenceRequestRecord {
  const id = ctx.store.newId("ev_");
  return {
    id,
    entitlementLabel: input.label,
    entitlementTypeId: input.typeId,
    expires: input.expires,
    uploadUrl: `${ctx.urls.public}/connect/evidence/${id}`,
    expiry: new Date(ctx.clock.now().getTime() + 14 * DAY_MS).toISOString(),
    status: input.status,
  };
}

/** Finds an evidence request by id across every linked account. */
export function findEvidenceRequest(ctx: SandboxContext, id: string) {
  for (const account of ctx.store.linkedAccounts.values()) {
    const request = account.evidenceRequests.find((r) => r.id === id);
    if (request) return { account, request };
  }
  return undefined;
}
