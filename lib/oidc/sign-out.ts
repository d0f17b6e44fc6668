import "server-only";
import { getUserById } from "@/lib/accounts/store";
import { endProviderSessions } from "./adapter";

/**
 * Signing out of the portal ends the login's provider sessions, with the codes and access tokens
 * granted in them (other browsers of the same customer mint new ones silently while their own
 * portal session lives). The provider never outlives the portal session anyway: every
 * authorization request and every token use checks it.
 */
export async function endProviderSessionsOfLogin(userId: string) {
  const user = await getUserById(userId);
  if (user?.iminCustomerId) await endProviderSessions(user.iminCustomerId);
}
