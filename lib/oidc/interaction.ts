import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { portalUrl } from "@/lib/portal-url";
import { errorPage } from "./error-page";
import { portalSignIn } from "./portal-session";
import { SCOPES } from "./provider";

/**
 * Whether the app asked for the customer to sign in again (`prompt=login`, or a `max_age` the
 * portal session is older than): then only a portal sign-in made after this interaction began
 * answers it, never the session the browser already had.
 */
function freshSignInRequired(details: Awaited<ReturnType<Provider["interactionDetails"]>>): boolean {
  const { name, reasons } = details.prompt;
  return name === "login" && (reasons.includes("login_prompt") || reasons.includes("max_age"));
}

/**
 * Where the provider sends a browser that must sign in: signed in to the portal → the interaction
 * ends at once with that customer (no page shown), unless the app asked for a fresh sign-in;
 * otherwise the portal's own sign-in page (its form even for a signed-in customer when a fresh
 * sign-in is asked for), which comes back here afterwards. `auth_time` is the start of the portal
 * session the interaction ends with.
 */
export async function finishInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string) {
  let details: Awaited<ReturnType<Provider["interactionDetails"]>>;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    return sendError(res, "This sign-in has expired. Go back to the app and try again.");
  }
  if (details.uid !== uid) return sendError(res, "This sign-in link does not match this browser. Go back to the app and try again.");
  const signedIn = await portalSignIn(req.headers.cookie);
  // The interaction's own start (seconds): a sign-in in that second or later is one made for it.
  const reauth = freshSignInRequired(details);
  if (!signedIn || (reauth && signedIn.loginTs < details.iat)) {
    const target = new URL(portalUrl("/sign-in"));
    target.searchParams.set("callbackUrl", `/oidc/interaction/${uid}`);
    if (reauth) target.searchParams.set("reauth", "1");
    res.writeHead(303, { location: target.toString(), "cache-control": "no-store" });
    res.end();
    return;
  }
  const result: Parameters<Provider["interactionFinished"]>[2] = {
    login: { accountId: signedIn.accountId, ts: signedIn.loginTs },
  };
  if (details.prompt.name === "consent") {
    const grant = new provider.Grant({ accountId: signedIn.accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(SCOPES.join(" "));
    result.consent = { grantId: await grant.save() };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

function sendError(res: ServerResponse, description: string) {
  res.writeHead(400, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(errorPage({ error: "invalid_request", error_description: description }));
}
