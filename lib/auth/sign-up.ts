import "server-only";
import { IminError } from "@/lib/imin/errors";
import { createCustomerAccount, type CustomerDetails } from "@/lib/imin/customers";
import {
  CREATE_CUSTOMER_OPERATION,
  claimPendingOperation,
  completeCustomerCreation,
  createPendingUser,
  deleteUser,
  getUserById,
  releasePendingOperation,
} from "@/lib/db/queries";
import type { User } from "@/lib/db/schema";
import { hashPassword } from "./password";

type CompletionResult =
  | { status: "active" }
  /** Another request is creating the imin account right now. */
  | { status: "busy" }
  | { status: "failed"; error: IminError };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the imin Customer Account for a pending login. The pending operation is claimed first,
 * so a double submit or a sign-in racing the sign-up never creates two imin accounts.
 */
export async function completePendingSignUp(user: User, opts: { waitForOtherMs?: number } = {}): Promise<CompletionResult> {
  if (user.status === "active" && user.iminCustomerId) return { status: "active" };
  const op = await claimPendingOperation(user.id, CREATE_CUSTOMER_OPERATION);
  if (!op) {
    // Someone else holds it: wait a little for them to finish.
    const deadline = Date.now() + (opts.waitForOtherMs ?? 0);
    for (;;) {
      const fresh = await getUserById(user.id);
      if (fresh?.status === "active") return { status: "active" };
      if (Date.now() >= deadline) break;
      await sleep(250);
    }
    return { status: "busy" };
  }
  try {
    const created = await createCustomerAccount(op.payload as CustomerDetails);
    await completeCustomerCreation(user.id, {
      customerId: created.identifier,
      customerUrl: created.url,
    });
    return { status: "active" };
  } catch (e) {
    const error = e instanceof IminError ? e : new IminError({ kind: "unavailable", cause: e });
    console.error(`sign-up completion failed for user ${user.id}: ${e instanceof Error ? e.message : "error"}`);
    await releasePendingOperation(op.id, error.message);
    return { status: "failed", error };
  }
}

type SignUpResult =
  | { status: "created"; user: User }
  /** The email is taken by a login with a different password. */
  | { status: "email_taken" }
  /** imin refused the details: nothing is kept, the person can correct and resubmit. */
  | { status: "refused"; error: IminError }
  /** imin could not be reached: the login is kept pending and completed at the next attempt or sign-in. */
  | { status: "pending"; error?: IminError };

/**
 * Registers a person: the login (pending) and its imin Customer Account, in that order.
 * `existingUserWithPassword` lets a repeated submit of the same form finish the first one.
 */
export async function signUp(input: {
  details: CustomerDetails & { email: string; givenName: string };
  password: string;
  existingUserWithPassword: (email: string, password: string) => Promise<User | undefined>;
}): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  let user = await createPendingUser({
    email: input.details.email,
    passwordHash,
    givenName: input.details.givenName,
    customerPayload: input.details,
  });
  if (!user) {
    // A double submit (same email and password) continues the first one; anything else is taken.
    user = await input.existingUserWithPassword(input.details.email, input.password);
    if (!user) return { status: "email_taken" };
  }
  const result = await completePendingSignUp(user, { waitForOtherMs: 15_000 });
  if (result.status === "active") return { status: "created", user };
  if (result.status === "busy") return { status: "pending" };
  if (result.error.kind === "refused") {
    // A pending login has no imin account yet, so nothing is left behind.
    await deleteUser(user.id);
    return { status: "refused", error: result.error };
  }
  return { status: "pending", error: result.error };
}
