import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { iminRequest } from "./http";
import { IminError } from "./errors";
import { type CustomerProfile, fetchCustomerAccount } from "./customers";
import { accessPassUpdateResponse, linkedAccountsCollection, type LinkedAccountPayload } from "./schemas";

/** The portal's view of one seller in the linked-accounts list. */
export interface SellerInfo {
  /** The seller's `@id` (a URL): the stable key. */
  id: string;
  /** A short reference: `identifier`, else the last segment of the id. */
  ref: string;
  name: string;
  url?: string;
  logoUrl?: string;
  email?: string;
  telephone?: string;
  sameAs: string[];
}

type EvidenceStatus = "potential" | "active" | "completed" | "failed" | "unknown";

export interface SellerEntitlement {
  id?: string;
  label: string;
  expires?: string;
  evidence?: { status: EvidenceStatus; uploadUrl?: string; expiry?: string };
}

export interface LinkedSellerAccount {
  linked: true;
  seller: SellerInfo;
  dateLinked?: string;
  email?: string;
  emailModified?: string;
  accessPass?: string;
  hiddenEntitlements: boolean;
  entitlements: SellerEntitlement[];
  entitlementErrors: { type?: string; message: string }[];
}

export interface UnlinkedSellerAccount {
  linked: false;
  seller: SellerInfo;
  matchingEmailExists: boolean;
  /** Present only when a redirectUri was sent. Never logged and never sent to a browser. */
  registerTarget?: string;
  createTarget?: string;
}

export type SellerAccount = LinkedSellerAccount | UnlinkedSellerAccount;

export interface SellerAccounts {
  accounts: SellerAccount[];
  entitlementFilter?: string;
  /** When the read from imin began: a value cached for the request can be older than the request's code that uses it. */
  readAt: Date;
}

const STATUS: Record<string, EvidenceStatus> = {
  PotentialActionStatus: "potential",
  ActiveActionStatus: "active",
  CompletedActionStatus: "completed",
  FailedActionStatus: "failed",
};

export function evidenceStatus(actionStatus: string | undefined): EvidenceStatus {
  if (!actionStatus) return "unknown";
  const last = actionStatus.split(/[/#:]/).pop() ?? "";
  return STATUS[last] ?? "unknown";
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function sellerInfo(seller: LinkedAccountPayload["seller"]): SellerInfo {
  const lastSegment = seller.id.replace(/\/+$/, "").split("/").pop() ?? seller.id;
  return {
    id: seller.id,
    ref: seller.identifier ?? lastSegment,
    name: seller.name || "Unnamed seller",
    url: httpUrl(seller.url),
    logoUrl: httpUrl(seller.logo?.url),
    email: seller.email || undefined,
    telephone: seller.telephone || undefined,
    sameAs: seller.sameAs.map(httpUrl).filter((u): u is string => Boolean(u)),
  };
}

function actionTarget(item: LinkedAccountPayload, type: "RegisterAction" | "CreateAction"): string | undefined {
  const action = item.potentialAction.find((a) => a.type === type || a.type === `schema:${type}`);
  return httpUrl(action?.target);
}

/**
 * A seller counts as linked when imin shows linked-account fields. Any one of them is enough:
 * imin drops empty and null fields, so none of them is guaranteed on its own.
 */
function isLinked(item: LinkedAccountPayload): boolean {
  if (item.potentialAction.length > 0 || item["imin:matchingEmailExists"] !== undefined) {
    return Boolean(item.dateLinked);
  }
  return Boolean(item.dateLinked || item.customer || item.accessPass || item.hiddenEntitlements !== undefined);
}

export function mapSellerAccount(item: LinkedAccountPayload): SellerAccount {
  const seller = sellerInfo(item.seller);
  if (!isLinked(item)) {
    return {
      linked: false,
      seller,
      matchingEmailExists: item["imin:matchingEmailExists"] === true,
      registerTarget: actionTarget(item, "RegisterAction"),
      createTarget: actionTarget(item, "CreateAction"),
    };
  }
  return {
    linked: true,
    seller,
    dateLinked: item.dateLinked,
    email: item.customer?.email || undefined,
    emailModified: item.customer?.dateModified,
    accessPass: item.accessPass?.text,
    hiddenEntitlements: item.hiddenEntitlements === true,
    entitlements: item["imin:evidenceRequests"].map((e) => ({
      id: e.id,
      label: e.entitlementType?.prefLabel || "Entitlement",
      expires: e.expires,
      evidence: e.evidenceRequest
        ? {
            status: evidenceStatus(e.evidenceRequest.actionStatus),
            uploadUrl: httpUrl(e.evidenceRequest.url),
            expiry: e.evidenceRequest.expiry,
          }
        : undefined,
    })),
    entitlementErrors: item["imin:entitlementUpdateErrors"]
      .map((e) => ({ type: e.type, message: e.description || e.name || "" }))
      .filter((e) => e.message),
  };
}

/**
 * The customer's accounts at every seller the broker works with, read now (never the request's cached
 * answer). With `redirectUri`, unlinked sellers carry the link targets (which hold tokens: keep them on
 * the server).
 */
export async function fetchSellerAccounts(customerId: string, redirectUri?: string): Promise<SellerAccounts> {
  const readAt = new Date();
  const payload = await iminRequest({
    service: "booking",
    path: `customers/${encodeURIComponent(customerId)}/accounts`,
    query: { redirectUri },
    schema: linkedAccountsCollection,
  });
  // One entry per seller, even if imin repeats one.
  const seen = new Set<string>();
  const accounts: SellerAccount[] = [];
  for (const item of payload["imin:item"]) {
    if (seen.has(item.seller.id)) continue;
    seen.add(item.seller.id);
    accounts.push(mapSellerAccount(item));
  }
  return { accounts, entitlementFilter: payload["imin:entitlementFilter"] || undefined, readAt };
}

/** `fetchSellerAccounts`, one GET per request and redirectUri. */
export const getSellerAccounts = cache(fetchSellerAccounts);

/** The share of a read's timeout a search waits for the entitlement filter before going without it. */
const ENTITLEMENT_FILTER_WAIT_SHARE = 0.6;

/**
 * The customer's `imin:entitlementFilter` for pricing searches; `known: false` when imin cannot say,
 * or not soon enough. A search waits for it, so a hung accounts call must not cost the customer its
 * whole timeout and retry before the search even starts.
 */
async function readEntitlementFilter(customerId: string): Promise<{ known: boolean; filter?: string }> {
  const read = getSellerAccounts(customerId).then(
    (accounts) => ({ known: true, filter: accounts.entitlementFilter }),
    () => ({ known: false }),
  );
  const controller = new AbortController();
  const giveUp = sleep(
    getEnv().IMIN_READ_TIMEOUT_MS * ENTITLEMENT_FILTER_WAIT_SHARE,
    { known: false },
    { signal: controller.signal },
  ).catch(() => ({ known: false }));
  try {
    return await Promise.race([read, giveUp]);
  } finally {
    controller.abort();
  }
}

const LAST_FILTERS_MAX = 10_000;
const LAST_FILTERS_KEY = Symbol.for("imin-portal.last-entitlement-filters");
/**
 * The filter last read for each customer, in this process (shared by the page and route bundles): a
 * guess to start searches with, never trusted alone.
 */
type FilterHolder = { [LAST_FILTERS_KEY]?: Map<string, string | undefined> };
const holder = globalThis as FilterHolder;
holder[LAST_FILTERS_KEY] ??= new Map();
const lastFilters = holder[LAST_FILTERS_KEY];

function rememberFilter(customerId: string, filter: string | undefined) {
  lastFilters.delete(customerId);
  lastFilters.set(customerId, filter);
  if (lastFilters.size > LAST_FILTERS_MAX) lastFilters.delete(lastFilters.keys().next().value!);
}

/**
 * Runs `search` with the customer's entitlement filter (so results show their own prices) in about
 * one imin round trip instead of two in a row: the search starts at once with the filter last read
 * for this customer, beside the read of the current one, and runs again only if that differs. A
 * customer's filter seldom changes, and a search is never answered with a filter they no longer have
 * (when imin cannot say, the last one read stands, as the checkout re-prices anyway).
 */
export async function searchWithEntitlement<T>(user: { iminCustomerId: string }, search: (filter?: string) => Promise<T>): Promise<T> {
  const id = user.iminCustomerId;
  const current = readEntitlementFilter(id);
  if (!lastFilters.has(id)) {
    const { known, filter } = await current;
    if (known) rememberFilter(id, filter);
    return search(filter);
  }
  const guess = lastFilters.get(id);
  const early = search(guess);
  const { known, filter } = await current;
  if (!known || filter === guess) return early;
  rememberFilter(id, filter);
  early.catch(() => undefined);
  return search(filter);
}

export interface AccessPassResult {
  text: string;
  /** Sellers that refused the new pass, with their reason. */
  refused: { sellerId?: string; sellerName: string; message: string }[];
}

/** Sets the access pass in imin and every linked account. A 400 UpdateFailedError throws an IminError. */
export async function setAccessPass(customerId: string, text: string): Promise<AccessPassResult> {
  const response = await iminRequest({
    service: "booking",
    path: `customer-accounts/${encodeURIComponent(customerId)}/actions`,
    method: "POST",
    body: {
      "@context": "https://openactive.io/",
      "@type": "imin:AccessPassUpdateAction",
      object: { "@type": "Barcode", text },
    },
    schema: accessPassUpdateResponse,
  });
  return {
    text: response.object?.text ?? text,
    refused: response.error.map((e) => ({
      sellerId: e.seller?.id,
      sellerName: e.seller?.name || "One of your linked sellers",
      message: e.description || e.name || "The seller did not accept this number.",
    })),
  };
}

/** The customer fields the change notices compare (Get Customer Account, read now); null when imin has no such customer. */
export async function fetchCustomerSummary(customerId: string): Promise<CustomerSummary | null> {
  try {
    return customerSummaryOf(await fetchCustomerAccount(customerId));
  } catch (error) {
    if (error instanceof IminError && error.kind === "not_found") return null;
    throw error;
  }
}

export function customerSummaryOf(profile: CustomerProfile): CustomerSummary {
  return {
    email: profile.details.email,
    givenName: profile.details.givenName,
    familyName: profile.details.familyName,
    telephone: profile.details.telephone,
    accessPass: profile.accessPass,
    entitlementLabel: profile.entitlement?.label,
  };
}

export interface CustomerSummary {
  email?: string;
  givenName?: string;
  familyName?: string;
  telephone?: string;
  accessPass?: string;
  entitlementLabel?: string;
}
