import "server-only";
import { redirect } from "next/navigation";
import { setCheckEmailAddress } from "@/lib/accounts/check-email-address";
import { ensureCustomerAccount } from "@/lib/accounts/create-customer";
import type { ActionState } from "@/lib/actions/authed-action";
import { signInSession } from "@/lib/auth/session-cookie";
import type { User } from "@/lib/db/schema";

/**
 * Starts a session for a login whose password `verifyLogin` has just accepted, then redirects.
 * An unconfirmed address goes to the "confirm your email" page instead (no session); a confirmed
 * login whose imin account is not made yet gets it made first.
 */
export async function startSessionFor(user: User, redirectTo: string): Promise<ActionState> {
  if (!user.emailVerifiedAt) await confirmFirst(user);
  if (user.status !== "active" || !user.iminCustomerId) {
    const account = await ensureCustomerAccount(user, { waitForOtherMs: 10_000 });
    if (account.status === "unverified") await confirmFirst(user);
    if (account.status === "ambiguous") return { status: "error", message: "auth.errors.ambiguous" };
    if (account.status !== "active") return { status: "error", message: "auth.errors.pending" };
  }
  await signInSession(user.id);
  redirect(redirectTo);
}

/** The right password for an address not confirmed yet: "confirm first", naming the address (not in the URL). */
async function confirmFirst(user: User): Promise<never> {
  await setCheckEmailAddress(user.email);
  redirect("/check-email?from=sign-in");
}
