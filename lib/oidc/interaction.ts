import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { portalUrl } from "@/lib/portal-url";
import { errorPage } from "./error-page";
import { portalSignIn } from "./portal-session";
import { SCOPES } from "./provider";

/**
 * Where the provider sends a browser that must sign in (no `prompt`, signed out): signed in to
 * the portal → the interaction ends at once with that customer (no page shown); otherwise the
 * portal's own sign-in page, which comes back here afterwards.
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
  if (!signedIn) {
    const target = new URL(portalUrl("/sign-in"));
    target.searchParams.set("callbackUrl", `/oidc/interaction/${uid}`);
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
