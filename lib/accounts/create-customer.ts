import "server-only";
import {
  CREATE_CUSTOMER_OPERATION,
  claimPendingOperation,
  completeCustomerCreation,
  getCreateOperation,
  markOperationAmbiguous,
  releasePendingOperation,
} from "@/lib/accounts/create-store";
import { getUserById } from "@/lib/accounts/store";
import type { User } from "@/lib/db/schema";
import { type CustomerDetails, createCustomerAccount } from "@/lib/imin/customers";
import { IminError } from "@/lib/imin/errors";

export type CreateResult =
  | { status: "active" }
  /** The address is not confirmed yet: nothing is sent to imin. */
  | { status: "unverified" }
  /** Another request is creating the imin account right now. */
  | { status: "busy" }
  /** imin said no, or could not be reached: nothing was created there; the next sign-in tries again. */
  | { status: "failed"; error: IminError }
  /** A create's answer was lost: a customer may exist at imin, so an operator decides (never repeated by itself). */
  | { status: "ambiguous" };

// Socket errors raised before the request left this machine: imin cannot have created anything.
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether imin may have created the customer although no identifier came back: a timeout, a body
 * that could not be read, a 5xx after the request was sent, or a connection lost mid-way. imin
 * offers neither a lookup by email nor an idempotency key (docs/imin/reference/create-customer-account.md),
 * so such a create can be neither checked nor safely repeated.
 */
export function isAmbiguousCreateFailure(error: IminError): boolean {
  if (error.kind === "timeout" || error.kind === "invalid_response") return true;
  if (error.status !== undefined) return error.status >= 500;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return !(typeof code === "string" && NEVER_SENT.has(code));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the imin Customer Account of a confirmed login, once. The pending operation is claimed
 * first, so a double submit or two sign-ins never create two accounts; an ambiguous answer parks
 * the operation for an operator instead of trying again.
 */
export async function ensureCustomerAccount(user: User, opts: { waitForOtherMs?: number } = {}): Promise<CreateResult> {
  if (user.status === "active" && user.iminCustomerId) return { status: "active" };
  if (!user.emailVerifiedAt) return { status: "unverified" };
  const op = await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION);
  if (!op) {
    const deadline = Date.now() + (opts.waitForOtherMs ?? 0);
    for (;;) {
      const fresh = await getUserById(user.id);
      if (fresh?.status === "active") return { status: "active" };
      if ((await getCreateOperation(user.id))?.state === "ambiguous") return { status: "ambiguous" };
      if (Date.now() >= deadline) return { status: "busy" };
      await sleep(250);
    }
  }
  try {
    const created = await createCustomerAccount(op.payload as CustomerDetails);
    await completeCustomerCreation(user.id, { customerId: created.identifier, customerUrl: created.url });
    return { status: "active" };
  } catch (e) {
    const error = e instanceof IminError ? e : new IminError({ kind: "unavailable", cause: e });
    if (isAmbiguousCreateFailure(error)) {
      const parked = await markOperationAmbiguous(op.id, error.message);
      // The operator's line: ids and the failure only, never the person's details.
      console.error(
        `imin-create-ambiguous operation=${op.id} login=${user.id} answers-lost=${parked?.ambiguousCount ?? "?"} cause="${error.message}": ` +
          "a Customer Account may exist at imin without a login here; it is not created again until an operator resolves it",
      );
      return { status: "ambiguous" };
    }
    console.error(`imin-create-failed operation=${op.id} login=${user.id} cause="${error.message}"`);
    await releasePendingOperation(op.id, error.message);
    return { status: "failed", error };
  }
}
