import type { Context, Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { iminError, notFound } from "../http/errors";
import { parseJsonBody } from "../http/validate";
import type { LinkedAccountRecord, Seller } from "../store/types";
import { linkedAccountKey } from "../store/store";
import { activeCustomer, linkedAccountPayload } from "../booking/linked-accounts";
import { linkAccount } from "../connect/link";

/**
 * Seller-side events on linked accounts, as a leisure operator's staff or systems would cause them.
 * Each change that imin reports to brokers sends the Customer Detail Change webhook.
 */

const accessPassBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, "text must not be empty")
    .max(64, "text must be at most 64 characters")
    .regex(/^[\x21-\x7e]+$/, "text must be printable ASCII without spaces"),
});
const customerBody = z.object({ email: z.email("email must be an email address").max(254) });
const hiddenBody = z.object({ hidden: z.boolean() });
const evidenceBody = z.object({ evidenceRequestId: z.string().min(1).max(200).optional() });
const linkBody = z.object({
  customerId: z.string().min(1).max(200),
  seller: z.string().min(1).max(500),
  email: z.email().max(254).optional(),
});

function findSeller(ctx: SandboxContext, ref: string): Seller | undefined {
  return ctx.store.sellerBySlug(ref) ?? ctx.store.sellerById(ref);
}

type Found = { ok: true; seller: Seller; account: LinkedAccountRecord } | { ok: false; response: Response };

function findLinked(c: Context, ctx: SandboxContext): Found {
  const customerId = c.req.param("customerId") ?? "";
  const seller = findSeller(ctx, c.req.param("seller") ?? "");
  if (!seller) return { ok: false, response: notFound(c, "No seller has this slug or id.") };
  const account = ctx.store.linkedAccount(customerId, seller.id);
  if (!account) return { ok: false, response: notFound(c, "This customer has no linked account at this seller.") };
  return { ok: true, seller, account };
}

function changed(c: Context, ctx: SandboxContext, seller: Seller, account: LinkedAccountRecord, reason: string) {
  const delivery = ctx.webhooks.notifyCustomerChanged(account.customerId, reason);
  return c.json({ account: linkedAccountPayload(ctx, seller, account), delivery: { id: delivery.id, state: delivery.state } });
}

export function registerAdminSellers(app: Hono, ctx: SandboxContext): void {
  const base = "/admin/linked-accounts/:customerId/:seller";

  // Link without the hosted pages (test set-up). No webhook: imin does not report new links.
  app.post("/admin/linked-accounts", async (c) => {
    const body = await parseJsonBody(c, linkBody, ctx.config.bodyLimitBytes);
    if (!body.ok) return body.response;
    const customer = activeCustomer(ctx, body.data.customerId);
    if (!customer) return notFound(c, "No customer account has this identifier.");
    const seller = findSeller(ctx, body.data.seller);
    if (!seller) return notFound(c, "No seller has this slug or id.");
    const account = linkAccount(ctx, customer, seller, body.data.email ?? customer.email);
    return c.json({ account: linkedAccountPayload(ctx, seller, account) }, 201);
  });

  app.get("/admin/linked-accounts/:customerId", (c) => {
    const customerId = c.req.param("customerId");
    const accounts = ctx.store.linkedAccountsOf(customerId);
    return c.json({
      customerId,
      accounts: accounts.map((account) => ({ seller: ctx.store.sellerById(account.sellerId)?.slug, ...account })),
    });
  });

  /** A seller-side change with a JSON body: apply it to the linked account, then tell the broker. */
  const sellerEvent =
    <T>(schema: z.ZodType<T>, apply: (seller: Seller, account: LinkedAccountRecord, data: T) => string) =>
    async (c: Context) => {
      const found = findLinked(c, ctx);
      if (!found.ok) return found.response;
      const body = await parseJsonBody(c, schema, ctx.config.bodyLimitBytes);
      if (!body.ok) return body.response;
      const reason = apply(found.seller, found.account, body.data);
      return changed(c, ctx, found.seller, found.account, reason);
    };

  app.post(
    `${base}/access-pass`,
    sellerEvent(accessPassBody, (seller, account, { text }) => {
      account.accessPass = text;
      account.accessPassModified = ctx.clock.nowIso();
      return `access pass changed at ${seller.slug}`;
    }),
  );

  app.post(
    `${base}/customer`,
    sellerEvent(customerBody, (seller, account, { email }) => {
      account.email = email;
      account.emailModified = ctx.clock.nowIso();
      ctx.store.addSellerKnownEmail(seller.id, email);
      return `customer details changed at ${seller.slug}`;
    }),
  );

  app.post(
    `${base}/hidden-entitlements`,
    sellerEvent(hiddenBody, (seller, account, { hidden }) => {
      account.hiddenEntitlements = hidden;
      return `hidden entitlements changed at ${seller.slug}`;
    }),
  );

  // The seller rejects the evidence: the request fails and the entitlement it supported is removed.
  app.post(`${base}/reject-evidence`, async (c) => {
    const found = findLinked(c, ctx);
    if (!found.ok) return found.response;
    const hasBody = Number(c.req.header("content-length") ?? "0") > 0;
    let requestId: string | undefined;
    if (hasBody) {
      const body = await parseJsonBody(c, evidenceBody, ctx.config.bodyLimitBytes);
      if (!body.ok) return body.response;
      requestId = body.data.evidenceRequestId;
    }
    const request = requestId
      ? found.account.evidenceRequests.find((r) => r.id === requestId)
      : found.account.evidenceRequests.find((r) => r.status !== "failed");
    if (!request) return notFound(c, "This linked account has no evidence request to reject.");
    if (request.status === "failed") {
      return iminError(c, 409, "InvalidRequestError", "This evidence request was already rejected.");
    }
    request.status = "failed";
    if (found.account.entitlement?.id === request.entitlementTypeId) found.account.entitlement = undefined;
    return changed(c, ctx, found.seller, found.account, `evidence rejected at ${found.seller.slug}; entitlement removed`);
  });

  app.delete(base, (c) => {
    const found = findLinked(c, ctx);
    if (!found.ok) return found.response;
    ctx.store.linkedAccounts.delete(linkedAccountKey(found.account.customerId, found.seller.id));
    const delivery = ctx.webhooks.notifyCustomerChanged(found.account.customerId, `account at ${found.seller.slug} disconnected`);
    return c.json({ disconnected: true, delivery: { id: delivery.id, state: delivery.state } });
  });
}
