import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { customerAccountUrl } from "@/lib/imin/customers";
import { rememberNoticeState } from "@/lib/notices/preload";
import { safeCallbackPath } from "./callback-url";
import { type ResolvedSession, decodeSessionCookie, resolveSession, sessionCookieName } from "./sessions";

export interface PortalUser {
  id: string;
  email: string;
  /** From the database mapping, never from the request. */
  iminCustomerId: string;
  /** The Customer Account `@id` URL (checkout names it as the customer). */
  iminCustomerUrl: string;
  givenName?: string;
  /** This request's session (raw id): `revokeSessions(user.id, { except: user.sessionId })` keeps it. */
  sessionId: string;
  /** When this session ends at the latest (14 days after sign-in). */
  sessionExpiresAt: Date;
}

/** The session named by this request's cookie, if it is live (one database query, which also says whether a notification waits). */
export const getCurrentSession = cache(async (): Promise<(ResolvedSession & { id: string }) | null> => {
  const jar = await cookies();
  const token = await decodeSessionCookie(jar.get(sessionCookieName())?.value);
  if (!token) return null;
  const resolved = await resolveSession(token.sid);
  if (!resolved || resolved.user.id !== token.sub) return null;
  return { ...resolved, id: token.sid };
});

/**
 * The signed-in person: the session cookie's id looked up with its login in one query, on every
 * request (revoked, expired, idle or deleted sessions drop out). Pages and layouts ask through
 * `requireUser()`, server actions through `authedAction` / `authedFormAction` (lib/actions), API
 * routes answer 401 when this is null.
 */
export const getCurrentUser = cache(async (): Promise<PortalUser | null> => {
  const current = await getCurrentSession();
  if (!current) return null;
  const { user, session } = current;
  if (user.status !== "active" || !user.iminCustomerId) return null;
  const portalUser: PortalUser = {
    id: user.id,
    email: user.email,
    iminCustomerId: user.iminCustomerId,
    iminCustomerUrl: user.iminCustomerUrl ?? customerAccountUrl(user.iminCustomerId),
    givenName: user.givenName ?? undefined,
    sessionId: current.id,
    sessionExpiresAt: session.expiresAt,
  };
  // processWaiting() reads this instead of querying again (this request only).
  rememberNoticeState(portalUser, current.notices);
  return portalUser;
});

/** The signed-in person, or a redirect to /sign-in that comes back to the current page. */
export async function requireUser(): Promise<PortalUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get("x-portal-path"), "/account");
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
