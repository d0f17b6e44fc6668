import type { Context } from "hono";
import type { SandboxContext } from "../../context";
import { invalidRequest, OA_CONTEXT } from "../../http/errors";
import type { CustomerRecord, LinkedAccountRecord } from "../../store/types";
import { sellerSummary, stripEmpty } from "../customer-render";
import { applyPersonPatch, hasAnyField } from "./person";
import { describe } from "./responses";
import { customerUpdateAction } from "./schemas";

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

/** `CustomerUpdateAction`: imin keeps the change and pushes it to the named linked sellers. */
export function customerUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
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
