import { getEnv } from "@/lib/env";
import { portalUrl } from "@/lib/portal-url";

/**
 * imin's Card Details app, told where "Back" leads (`return_to`, honoured on the portal's own
 * origin only); undefined when the app is not configured.
 */
export function cardDetailsHref(returnPath = "/account"): string | undefined {
  const app = getEnv().CARD_DETAILS_URL;
  if (!app) return undefined;
  const url = new URL(app);
  url.searchParams.set("return_to", portalUrl(returnPath));
  return url.toString();
}
