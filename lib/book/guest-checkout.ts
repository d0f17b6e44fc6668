import "server-only";
import { getEnv } from "@/lib/env";
import { portalUrl } from "@/lib/portal-url";

/** Where imin's guest checkout sends the guest back: the portal's "booked" page for that session. */
const GUEST_RETURN_PATH = "/guest-booking";

/**
 * The guest checkout of one session when the broker turned GUEST_CHECKOUT on: imin's
 * `imin:checkoutUrlTemplate` with `{checkoutBaseUrl}` replaced by the broker's checkout
 * (IMIN_CHECKOUT_URL), and `returnUrl`, the portal page that offers an account afterwards. Only a
 * template that lands on that checkout's origin is used (never a link to anywhere else).
 */
export function guestCheckoutUrl(template: string | undefined, sessionId: string): string | undefined {
  const env = getEnv();
  if (!env.GUEST_CHECKOUT || !template) return undefined;
  const base = env.IMIN_CHECKOUT_URL.replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(template.replaceAll("{checkoutBaseUrl}", base));
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(base).origin) return undefined;
  url.searchParams.set("returnUrl", portalUrl(`${GUEST_RETURN_PATH}?session=${encodeURIComponent(sessionId)}`));
  return url.toString();
}
