import type { Context } from "hono";
import type { SandboxContext } from "../../context";
import { iminError, invalidRequest, OA_CONTEXT } from "../../http/errors";
import type { CustomerRecord } from "../../store/types";
import { sellerSummary, stripEmpty } from "../customer-render";
import { describe } from "./responses";
import { accessPassUpdateAction, IMIN_ACCESS_PASS } from "./schemas";

/** `imin:AccessPassUpdateAction`: imin's own rule first, then each linked seller's format. */
export function accessPassUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
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
