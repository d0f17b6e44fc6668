import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { iminRequest } from "./http";
import { customerAccount, customerUpdateActionResponse, identifier, type CustomerAccountPayload } from "./schemas";

const OA_CONTEXT = "https://openactive.io/";

interface PostalAddress {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

/** The Person fields the portal sends (create and update). */
export interface CustomerDetails {
  email?: string;
  givenName?: string;
  familyName?: string;
  telephone?: string;
  birthDate?: string;
  /** A schema.org URL, e.g. https://schema.org/Female. */
  gender?: string;
  is13OrOver?: boolean;
  address?: PostalAddress;
  emergencyContact?: { name?: string; telephone?: string };
}

export interface CustomerProfile {
  identifier: string;
  url?: string;
  details: CustomerDetails & { name?: string; dateModified?: string };
  accessPass?: string;
  entitlement?: { id?: string; label?: string; expires?: string };
  /** When the read from imin began: a value cached for the request can be older than the request's code that uses it. */
  readAt?: Date;
}

function compact<T extends Record<string, unknown>>(obj: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === "") continue;
    if (typeof v === "object" && !Array.isArray(v)) {
      const inner = compact(v as Record<string, unknown>);
      if (Object.keys(inner).filter((key) => key !== "@type").length) out[k] = inner;
      continue;
    }
    out[k] = v;
  }
  return out as Partial<T>;
}

/** A Person in imin's JSON-LD shape; empty values left out (imin strips them anyway). */
function toIminPerson(details: CustomerDetails) {
  return compact({
    "@type": "Person",
    email: details.email,
    givenName: details.givenName,
    familyName: details.familyName,
    telephone: details.telephone,
    birthDate: details.birthDate,
    gender: details.gender,
    "imin:is13OrOver": details.is13OrOver,
    address: details.address ? { "@type": "PostalAddress", ...details.address } : undefined,
    emergencyContact: details.emergencyContact ? { "@type": "Person", ...details.emergencyContact } : undefined,
  });
}

function mapCustomerAccount(payload: CustomerAccountPayload): CustomerProfile {
  const c = payload.customer;
  const address = c?.address ? compact({ ...c.address, type: undefined }) : undefined;
  const emergency = c?.emergencyContact ? compact({ name: c.emergencyContact.name, telephone: c.emergencyContact.telephone }) : undefined;
  return {
    identifier: payload.identifier,
    url: payload.id,
    details: {
      email: c?.email,
      givenName: c?.givenName,
      familyName: c?.familyName,
      name: c?.name,
      telephone: c?.telephone,
      birthDate: c?.birthDate,
      gender: c?.gender,
      is13OrOver: c?.["imin:is13OrOver"],
      address: address && Object.keys(address).length ? (address as PostalAddress) : undefined,
      emergencyContact: emergency && Object.keys(emergency).length ? emergency : undefined,
      dateModified: c?.dateModified,
    },
    accessPass: payload.accessPass?.text,
    entitlement: payload.entitlement
      ? {
          id: payload.entitlement.entitlementType?.id ?? payload.entitlement.id,
          label: payload.entitlement.entitlementType?.prefLabel,
          expires: payload.entitlement.expires,
        }
      : undefined,
  };
}

// Create answers in the nested form (or the older flat one): only the identifier and @id matter.
const createdAccount = z.object({ id: z.string().optional(), identifier });

/** A Customer Account's `@id` when imin gave none: its URL under the Booking API. */
export function customerAccountUrl(customerId: string): string {
  return `${getEnv().IMIN_BOOKING_API_URL}/customer-accounts/${encodeURIComponent(customerId)}`;
}

/** POST /customer-accounts (the nested CustomerAccount form). Never retried. */
export async function createCustomerAccount(details: CustomerDetails): Promise<{ identifier: string; url: string }> {
  const created = await iminRequest({
    service: "booking",
    path: "customer-accounts",
    method: "POST",
    body: { "@context": OA_CONTEXT, "@type": "CustomerAccount", customer: toIminPerson(details) },
    schema: createdAccount,
  });
  return { identifier: created.identifier, url: created.id ?? customerAccountUrl(created.identifier) };
}

/** Get Customer Account, read now (never the request's cached answer). */
export async function fetchCustomerAccount(customerId: string): Promise<CustomerProfile> {
  const readAt = new Date();
  const payload = await iminRequest({
    service: "booking",
    path: `customer-accounts/${encodeURIComponent(customerId)}`,
    schema: customerAccount,
  });
  return { ...mapCustomerAccount(payload), readAt };
}

/** Get Customer Account: the one reader of the customer's details, one GET per request. */
export const getCustomerAccount = cache(fetchCustomerAccount);

interface SellerUpdateError {
  sellerId?: string;
  sellerName?: string;
  message: string;
}

interface CustomerUpdateResult {
  actionStatus?: string;
  /** The fields imin reports as updated. */
  updated: CustomerDetails;
  /** Linked sellers that could not take the change. */
  sellerErrors: SellerUpdateError[];
}

/** POST /customer-accounts/{id}/actions with a CustomerUpdateAction naming the linked sellers. */
export async function updateCustomerDetails(
  customerId: string,
  changes: CustomerDetails,
  sellerIds: string[],
): Promise<CustomerUpdateResult> {
  const response = await iminRequest({
    service: "booking",
    path: `customer-accounts/${encodeURIComponent(customerId)}/actions`,
    method: "POST",
    body: {
      "@context": OA_CONTEXT,
      "@type": "CustomerUpdateAction",
      object: toIminPerson(changes),
      ...(sellerIds.length ? { seller: sellerIds } : {}),
    },
    schema: customerUpdateActionResponse,
  });
  return {
    actionStatus: response.actionStatus,
    updated: response.object ? mapCustomerAccount({ identifier: customerId, customer: response.object }).details : {},
    sellerErrors: response.error.map((e) => ({
      sellerId: e.seller?.id,
      sellerName: e.seller?.name,
      message: e.description || e.name || "The seller could not apply the change.",
    })),
  };
}

/** DELETE /customer-accounts/{id}: 202, erasure completes at imin asynchronously. */
export async function deleteCustomerAccount(customerId: string): Promise<void> {
  await iminRequest({
    service: "booking",
    path: `customer-accounts/${encodeURIComponent(customerId)}`,
    method: "DELETE",
    expect: "empty",
  });
}
