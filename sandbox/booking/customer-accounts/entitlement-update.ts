import type { Context } from "hono";
import type { SandboxContext } from "../../context";
import { invalidRequest, OA_CONTEXT } from "../../http/errors";
import { BROKER_ENTITLEMENTS } from "../../seed/entitlements";
import type { CustomerRecord } from "../../store/types";
import { stripEmpty } from "../customer-render";
import { describe } from "./responses";
import { entitlementUpdateAction } from "./schemas";

/** `imin:EntitlementUpdateAction`: one of the broker's entitlements, fanned out to linked accounts. */
export function entitlementUpdate(ctx: SandboxContext, c: Context, record: CustomerRecord, body: unknown): Response {
  const parsed = entitlementUpdateAction.safeParse(body);
  if (!parsed.success) return invalidRequest(c, describe(parsed.error));
  const { entitlementType, validUntil, expires } = parsed.data.object;
  const known = BROKER_ENTITLEMENTS.find((e) => e.id === entitlementType);
  if (!known) {
    return invalidRequest(
      c,
      `Invalid request: object.entitlementType (${entitlementType.slice(0, 200)}) is not one of this broker's entitlements.`,
    );
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
