import type { Context } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../context";
import { invalidRequest } from "../../http/errors";
import { parseJsonBody } from "../../http/validate";
import { customerAccountUrl, renderCustomerAccount, renderFlatCustomer } from "../customer-render";
import { newRecord } from "./person";
import { describe } from "./responses";
import { nestedCreate, newPerson } from "./schemas";

/** `POST /customer-accounts`: the nested CustomerAccount form, or the older flat Person form. */
export async function createCustomerAccount(ctx: SandboxContext, c: Context): Promise<Response> {
  const raw = await parseJsonBody(c, z.record(z.string(), z.unknown()), ctx.config.bodyLimitBytes);
  if (!raw.ok) return raw.response;
  const body = raw.data;
  const isNested = "customer" in body || "@type" in body || "@context" in body;
  const parsed = isNested ? nestedCreate.transform((v) => v.customer).safeParse(body) : newPerson.safeParse(body);
  if (!parsed.success) return invalidRequest(c, describe(parsed.error));
  const record = newRecord(ctx, parsed.data, ctx.clock.nowIso());
  ctx.store.customers.set(record.identifier, record);
  const payload = isNested ? renderCustomerAccount(ctx, record) : renderFlatCustomer(ctx, record);
  return c.json(payload, 201, { location: customerAccountUrl(ctx, record.identifier) });
}
