import "server-only";
import type { Account, FindAccount } from "oidc-provider";
import { getUserByIminCustomerId } from "@/lib/accounts/store";
import { getCustomerAccount } from "@/lib/imin/customers";
import { liveSessionStartedAt, providerAccountId } from "./portal-session";

/**
 * The provider's accounts are the portal's logins, known by their imin Customer Account identifier
 * (`sub`, what imin knows the customer by). `email` and `email_verified` come from the login (the
 * address the portal confirmed and signs in with); the names from imin's Customer Account, the
 * source of truth for the customer's details, falling back to the login's first name while imin
 * cannot be reached (then without `family_name`).
 *
 * With a token (code exchange, userinfo) the portal session the provider session came from must
 * still be live: a code or access token dies with the portal session.
 */
export const findAccount: FindAccount = async (ctx, sub, token) => {
  const user = await getUserByIminCustomerId(sub);
  if (!user || providerAccountId(user) !== sub) return undefined;
  const sessionUid = token && "sessionUid" in token ? (token.sessionUid as string | undefined) : undefined;
  if (token) {
    const session = sessionUid ? await ctx.oidc.provider.Session.findByUid(sessionUid) : undefined;
    if (!session?.loginTs || session.accountId !== sub || !(await liveSessionStartedAt(user.id, session.loginTs))) return undefined;
  }
  return {
    accountId: sub,
    async claims() {
      const names = await customerNames(sub, user.givenName);
      return {
        sub,
        email: user.email,
        email_verified: Boolean(user.emailVerifiedAt),
        ...names,
      };
    },
  } satisfies Account;
};

async function customerNames(customerId: string, loginGivenName: string | null) {
  try {
    const { details } = await getCustomerAccount(customerId);
    return { given_name: details.givenName || loginGivenName || undefined, family_name: details.familyName || undefined };
  } catch (e) {
    console.warn(`oidc: imin customer details unavailable for the claims (${e instanceof Error ? e.name : "error"})`);
    return { given_name: loginGivenName || undefined };
  }
}
