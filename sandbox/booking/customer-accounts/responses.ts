import type { Context } from "hono";
import type { z } from "zod";
import type { SandboxContext } from "../../context";
import { iminError, notFound } from "../../http/errors";
import { describeIssues } from "../../http/validate";
import type { CustomerRecord } from "../../store/types";

export function findCustomer(ctx: SandboxContext, c: Context): CustomerRecord | undefined {
  return ctx.store.customerById(c.req.param("id") ?? "");
}

export function customerNotFound(c: Context): Response {
  return notFound(c, "No customer account has this identifier.");
}

export function deletedAccount(c: Context): Response {
  return iminError(c, 400, "UpdateFailedError", "This customer account has been deleted.");
}

export function describe(error: z.ZodError): string {
  return describeIssues(error, 1);
}
