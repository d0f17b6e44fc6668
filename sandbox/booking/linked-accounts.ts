import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { notFound } from "../http/errors";
import { parseQuery } from "../http/validate";
import type { CustomerRecord, EvidenceRequestRecord, LinkedAccountRecord, Seller } from "../store/types";
import { issueConnectToken } from "../connect/token";
import { encodeEntitlementFilter } from "./entitlement-filter";

const OA = "https://openactive.io/";

const ACTION_STATUS: Record<EvidenceRequestRecord["status"], string> = {
  potential: "https://schema.org/PotentialActionStatus",
  active: "https://schema.org/ActiveActionStatus",
  completed: "https://schema.org/CompletedActionStatus",
  failed: "https://schema.org/FailedActionStatus",
};

/** An absolute http(s) URL the person is sent back to after the seller flow. */
const redirectUriSchema = z
  .string()
  .trim()
  .max(2048, "redirectUri must be at most 2048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "redirectUri must be an absolute http(s) URL");

const accountsQuery = z.object({ redirectUri: redirectUriSchema.optional() });

/** A live customer (not erased, no deletion pending) or undefined. */
export function activeCustomer(ctx: SandboxContext, customerId: string): CustomerRecord | undefined {
  const customer = ctx.store.customerById(customerId);
  return customer && !customer.erased && !customer.deletionRequestedAt ? customer : undefined;
}

function sellerPayload(ctx: SandboxContext, seller: Seller) {
  return {
    "@type": "Organization",
    "@id": seller.id,
    identifier: seller.slug,
    name: seller.name,
    url: seller.url,
    logo: { "@type": "ImageObject", url: `${ctx.urls.public}${seller.logoPath}` },
    email: seller.email,
    telephone: seller.telephone,
    ...(seller.sameAs.length ? { sameAs: seller.sameAs } : {}),
  };
}

function schemeOf(conceptId: string): string {
  const hash = conceptId.indexOf("#");
  return hash === -1 ? conceptId : conceptId.slice(0, hash);
}

function evidenceRequestPayload(ctx: SandboxContext, seller: Seller, request: EvidenceRequestRecord) {
  return {
    "@context": OA,
    "@type": "Entitlement",
    "@id": `${ctx.urls.public}/sellers/${seller.slug}/entitlements/${request.id}`,
    expires: request.expires,
    evidenceRequest: {
      "@type": "EvidenceRequestAction",
      url: request.uploadUrl,
      expiry: request.expiry,
      actionStatus: ACTION_STATUS[request.status],
    },
    entitlementType: {
      "@type": "Concept",
      "@id": request.entitlementTypeId,
      prefLabel: request.entitlementLabel,
      inScheme: schemeOf(request.entitlementTypeId),
    },
  };
}

/** A linked account as imin shows it: null values and empty arrays left out. */
export function linkedAccountPayload(ctx: SandboxContext, seller: Seller, account: LinkedAccountRecord) {
  return {
    "@type": "Account",
    seller: sellerPayload(ctx, seller),
    dateLinked: account.dateLinked,
    hiddenEntitlements: account.hiddenEntitlements,
    customer: { "@type": "Person", email: account.email, dateModified: account.emailModified },
    ...(account.accessPass
      ? {
          accessPass: {
            "@type": "Barcode",
            text: account.accessPass,
            ...(account.accessPassModified ? { dateModified: account.accessPassModified } : {}),
          },
        }
      : {}),
    ...(account.entitlementUpdateErrors.length
      ? {
          "imin:entitlementUpdateErrors": account.entitlementUpdateErrors.map((e) => ({
            "@context": OA,
            "@type": e.type,
            name: e.name,
            description: e.description,
          })),
        }
      : {}),
    ...(account.evidenceRequests.length
      ? { "imin:evidenceRequests": account.evidenceRequests.map((r) => evidenceRequestPayload(ctx, seller, r)) }
      : {}),
  };
}

function connectTargetPath(mode: "register" | "create"): string {
  return mode === "register" ? "/connect/sign-in" : "/connect/create-account";
}

function unlinkedAccountPayload(ctx: SandboxContext, seller: Seller, customer: CustomerRecord, redirectUri: string | undefined) {
  const now = ctx.clock.now().getTime();
  const target = (mode: "register" | "create") =>
    `${ctx.urls.public}${connectTargetPath(mode)}?token=${issueConnectToken(
      { customerId: customer.identifier, sellerId: seller.id, mode, redirectUri: redirectUri! },
      now,
    )}`;
  return {
    "@type": "Account",
    seller: sellerPayload(ctx, seller),
    ...(redirectUri
      ? {
          potentialAction: [
            { "@type": "RegisterAction", target: target("register") },
            { "@type": "CreateAction", target: target("create") },
          ],
        }
      : {}),
    "imin:matchingEmailExists": ctx.store.sellerKnowsEmail(seller.id, customer.email),
  };
}

function linkedAccountsCollection(ctx: SandboxContext, customer: CustomerRecord, redirectUri?: string) {
  const items: unknown[] = [];
  const grants: { sellerId: string; entitlementId: string }[] = [];
  const sellers = [...ctx.store.sellers.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const seller of sellers) {
    const account = ctx.store.linkedAccount(customer.identifier, seller.id);
    if (account) {
      items.push(linkedAccountPayload(ctx, seller, account));
      if (account.entitlement) grants.push({ sellerId: seller.id, entitlementId: account.entitlement.id });
    } else {
      items.push(unlinkedAccountPayload(ctx, seller, customer, redirectUri));
    }
  }
  return {
    "@context": [OA, "https://schema.imin.co/"],
    "@id": `${ctx.urls.booking}/customers/${encodeURIComponent(customer.identifier)}/accounts`,
    "@type": "imin:Collection",
    "imin:entitlementFilter": encodeEntitlementFilter(grants),
    "imin:item": items,
  };
}

export function registerLinkedAccounts(app: Hono, ctx: SandboxContext): void {
  app.get("/api/v2/customers/:customerIdentifier/accounts", (c) => {
    const query = parseQuery(c, accountsQuery);
    if (!query.ok) return query.response;
    const customer = activeCustomer(ctx, c.req.param("customerIdentifier"));
    if (!customer) return notFound(c, "No customer account has this identifier.");
    return c.json(linkedAccountsCollection(ctx, customer, query.data.redirectUri));
  });
}
