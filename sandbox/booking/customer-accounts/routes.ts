import type { Hono } from "hono";
import type { SandboxContext } from "../../context";
import { invalidRequest } from "../../http/errors";
import { parseJsonBody } from "../../http/validate";
import { erasePersonalData, renderCustomerAccount, renderFlatCustomer } from "../customer-render";
import { customerAction } from "./actions";
import { createCustomerAccount } from "./create";
import { applyPersonPatch, hasAnyField } from "./person";
import { customerNotFound, deletedAccount, findCustomer } from "./responses";
import { partialPerson } from "./schemas";

/** Booking Platform customer accounts: create (nested and flat), get, actions, PATCH, DELETE. */
export function registerCustomerAccounts(app: Hono, ctx: SandboxContext): void {
  const base = "/api/v2/customer-accounts";

  app.post(base, (c) => createCustomerAccount(ctx, c));
  app.post(`${base}/:id/actions`, (c) => customerAction(ctx, c));

  app.get(`${base}/:id`, (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    return c.json(renderCustomerAccount(ctx, record), 200);
  });

  app.patch(`${base}/:id`, async (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    const parsed = await parseJsonBody(c, partialPerson, ctx.config.bodyLimitBytes);
    if (!parsed.ok) return parsed.response;
    if (record.erased || record.deletionRequestedAt) return deletedAccount(c);
    if (!hasAnyField(parsed.data)) return invalidRequest(c, "Invalid request: at least one Person field is needed.");
    applyPersonPatch(record, parsed.data);
    return c.json(renderFlatCustomer(ctx, record), 200);
  });

  // Erasure follows asynchronously, as imin's does.
  app.delete(`${base}/:id`, (c) => {
    const record = findCustomer(ctx, c);
    if (!record) return customerNotFound(c);
    if (!record.deletionRequestedAt) {
      record.deletionRequestedAt = ctx.clock.nowIso();
      const timer = setTimeout(() => {
        // A reseed replaces the record; only erase the one this request named.
        if (ctx.store.customers.get(record.identifier) === record) erasePersonalData(record);
      }, ctx.config.erasureDelayMs);
      timer.unref?.();
    }
    return c.body(null, 202);
  });
}
