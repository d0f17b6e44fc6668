import type { Context } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../context";
import { invalidRequest } from "../../http/errors";
import { parseJsonBody } from "../../http/validate";
import { accessPassUpdate } from "./access-pass-update";
import { customerUpdate } from "./customer-update";
import { entitlementUpdate } from "./entitlement-update";
import { customerNotFound, deletedAccount, findCustomer } from "./responses";
import { actionType } from "./schemas";

/** `POST /customer-accounts/{id}/actions`: dispatches on `@type` (either keyword spelling). */
export async function customerAction(ctx: SandboxContext, c: Context): Promise<Response> {
  const record = findCustomer(ctx, c);
  if (!record) return customerNotFound(c);
  const raw = await parseJsonBody(c, z.record(z.string(), z.unknown()), ctx.config.bodyLimitBytes);
  if (!raw.ok) return raw.response;
  const kind = actionType.safeParse(raw.data);
  const type = kind.success ? (kind.data["@type"] ?? kind.data.type) : undefined;
  const body = { ...raw.data, "@type": type };
  if (record.erased || record.deletionRequestedAt) return deletedAccount(c);
  switch (type) {
    case "CustomerUpdateAction":
      return customerUpdate(ctx, c, record, body);
    case "imin:AccessPassUpdateAction":
    case "AccessPassUpdateAction":
      return accessPassUpdate(ctx, c, record, { ...body, "@type": "imin:AccessPassUpdateAction" });
    case "imin:EntitlementUpdateAction":
    case "EntitlementUpdateAction":
      return entitlementUpdate(ctx, c, record, { ...body, "@type": "imin:EntitlementUpdateAction" });
    default:
      return invalidRequest(
        c,
        type
          ? `Invalid request: @type "${String(type).slice(0, 60)}" is not an action this endpoint accepts (CustomerUpdateAction, imin:AccessPassUpdateAction, imin:EntitlementUpdateAction).`
          : "Invalid request: @type is required (CustomerUpdateAction, imin:AccessPassUpdateAction or imin:EntitlementUpdateAction).",
      );
  }
}
