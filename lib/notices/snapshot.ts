import type { CustomerSummary, SellerAccount } from "@/lib/imin/seller-accounts";

/**
 * What the portal last saw of a customer, kept so that a change webhook (which says only *who*
 * changed) can be turned into *what* changed. Plain JSON, stored in customer_snapshots.
 */
export interface SellerSnapshot {
  name: string;
  email?: string;
  emailModified?: string;
  accessPass?: string;
  hiddenEntitlements: boolean;
  entitlements: { key: string; label: string; status?: string; expiry?: string }[];
  entitlementErrors: string[];
}

export interface CustomerPart {
  email?: string;
  givenName?: string;
  familyName?: string;
  telephone?: string;
  accessPass?: string;
  entitlement?: string;
}

export interface Snapshot {
  v: 1;
  customer?: CustomerPart;
  /** Linked sellers only, by seller id. Absent = never seen (not "none linked"). */
  sellers?: Record<string, SellerSnapshot>;
  /** When each part was read from imin (epoch ms); absent in snapshots written before these were kept. */
  customerReadAt?: number;
  sellersReadAt?: number;
}

export function customerPart(c: CustomerSummary): CustomerPart {
  return {
    email: c.email || undefined,
    givenName: c.givenName || undefined,
    familyName: c.familyName || undefined,
    telephone: c.telephone || undefined,
    accessPass: c.accessPass || undefined,
    entitlement: c.entitlementLabel || undefined,
  };
}

export function sellersPart(accounts: SellerAccount[]): Record<string, SellerSnapshot> {
  const out: Record<string, SellerSnapshot> = {};
  for (const account of accounts) {
    if (!account.linked) continue;
    out[account.seller.id] = {
      name: account.seller.name,
      email: account.email,
      emailModified: account.emailModified,
      accessPass: account.accessPass,
      hiddenEntitlements: account.hiddenEntitlements,
      entitlements: account.entitlements.map((e) => ({
        key: e.id ?? e.label,
        label: e.label,
        status: e.evidence?.status,
        expiry: e.evidence?.expiry,
      })),
      entitlementErrors: account.entitlementErrors.map((e) => e.message),
    };
  }
  return out;
}

/** Stored JSON back to a snapshot; anything unreadable counts as "no snapshot". */
export function readSnapshot(value: unknown): Snapshot | undefined {
  if (!value || typeof value !== "object" || (value as { v?: unknown }).v !== 1) return undefined;
  return value as Snapshot;
}

/** The parts given, read at `readAt`, over the base's other parts. */
export function mergeSnapshot(
  base: Snapshot | undefined,
  parts: { customer?: CustomerPart; sellers?: Record<string, SellerSnapshot> },
  readAt: Date,
): Snapshot {
  return {
    v: 1,
    customer: parts.customer ?? base?.customer,
    sellers: parts.sellers ?? base?.sellers,
    customerReadAt: parts.customer ? readAt.getTime() : base?.customerReadAt,
    sellersReadAt: parts.sellers ? readAt.getTime() : base?.sellersReadAt,
  };
}
