import { redirect } from "next/navigation";
import { signOutSession } from "@/lib/auth/session-cookie";

/**
 * Sessions are the portal's own (lib/auth/sessions.ts: a `login_sessions` row per sign-in, named by
 * an Auth.js-format encrypted JWT cookie). Auth.js's HTTP endpoints are closed
 * (app/api/auth/[...nextauth]/route.ts answers 404, except GET /api/auth/session, served from the
 * session table): no credentials callback, sign-in or sign-out route exists for anyone to call, so
 * the only way a password is accepted is `verifyLogin` (lib/auth/verify-login.ts).
 */

/** Ends this browser's session (server-side, so a copied cookie stops working) and redirects. */
export async function signOut(opts: { redirectTo: string }): Promise<never> {
  await signOutSession();
  redirect(opts.redirectTo);
}
