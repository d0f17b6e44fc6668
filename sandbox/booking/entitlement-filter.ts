import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The `imin:entitlementFilter` token of the linked-accounts collection, and its reader for the
 * Events API (`entitlementFilter=` query parameter: prices then carry `activeEntitlement`).
 *
 * Format (opaque to clients, documented in docs/SANDBOX.md):
 *   `ef1.<payload>.<signature>`
 *   payload   = base64url(JSON `{"g":[{"s":"<seller @id>","e":"<entitlement type @id>"}, ...]}`)
 *   signature = base64url(HMAC-SHA256(`ef1.<payload>`, key)) cut to 22 characters
 * One grant per seller at which the customer holds an entitlement. The token names no customer, so it
 * can sit in a search URL; the signature stops a client from granting itself entitlement prices.
 */
export interface EntitlementGrant {
  /** Seller.id (URL) at which the entitlement is held. */
  sellerId: string;
  /** Entitlement type @id (a Concept URL). */
  entitlementId: string;
}

const PREFIX = "ef1";
const DEFAULT_KEY = "imin-sandbox-entitlement-filter";

function sign(body: string, key: string): string {
  return createHmac("sha256", key).update(body).digest("base64url").slice(0, 22);
}

export function encodeEntitlementFilter(grants: EntitlementGrant[], key = DEFAULT_KEY): string {
  const payload = Buffer.from(JSON.stringify({ g: grants.map((g) => ({ s: g.sellerId, e: g.entitlementId })) })).toString("base64url");
  const body = `${PREFIX}.${payload}`;
  return `${body}.${sign(body, key)}`;
}

/** The grants in a token, or `null` when it is not a well-formed, correctly signed token. */
export function decodeEntitlementFilter(token: string, key = DEFAULT_KEY): EntitlementGrant[] | null {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`, key));
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const list = (json as { g?: unknown })?.g;
  if (!Array.isArray(list)) return null;
  const grants: EntitlementGrant[] = [];
  for (const entry of list) {
    const s = (entry as { s?: unknown })?.s;
    const e = (entry as { e?: unknown })?.e;
    if (typeof s === "string" && typeof e === "string") grants.push({ sellerId: s, entitlementId: e });
  }
  return grants;
}
