import type { ErrorOut } from "oidc-provider";
import { portalUrl } from "@/lib/portal-url";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * What a person sees when an authorization request cannot be sent back to the app (unknown
 * client, unregistered redirect URI…): the protocol error, and the way back to the portal. No
 * script, no inline style (the provider's CSP allows neither).
 */
export function errorPage(out: ErrorOut): string {
  const description = out.error_description ? `<p>${escapeHtml(String(out.error_description))}</p>` : "";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This sign-in link does not work</title></head>
<body>
<main>
<h1>This sign-in link does not work</h1>
<p>The app that sent you here made a request the portal cannot accept (<code>${escapeHtml(String(out.error))}</code>).</p>
${description}
<p><a href="${escapeHtml(portalUrl("/account"))}">Go to your account</a></p>
</main>
</body>
</html>`;
}
