import "server-only";
import { cookies } from "next/headers";
import { revokeCalendarFeeds } from "@/lib/calendar/store";
import { endProviderSessionsOfLogin } from "@/lib/oidc/sign-out";
import { getCurrentSession } from "./current-user";
import {
  createSession,
  decodeSessionCookie,
  encodeSessionCookie,
  revokeSession,
  revokeSessions,
  sessionCookieName,
  sessionCookieOptions,
} from "./sessions";

/**
 * Starts a session for a login whose password `verifyLogin` accepted (server actions only: it
 * sets the cookie). Any session cookie the browser already had is revoked first.
 */
export async function signInSession(userId: string) {
  const jar = await cookies();
  const previous = await decodeSessionCookie(jar.get(sessionCookieName())?.value);
  if (previous) await revokeSession(previous.sid);
  const { id, expiresAt } = await createSession(userId);
  jar.set(sessionCookieName(), await encodeSessionCookie(userId, id), sessionCookieOptions(expiresAt));
}

/** Ends this browser's session server-side and removes its cookie (a copy of it no longer works). */
export async function signOutSession() {
  const jar = await cookies();
  const token = await decodeSessionCookie(jar.get(sessionCookieName())?.value);
  if (token) {
    await revokeSession(token.sid);
    await endProviderSessionsOfLogin(token.sub);
  }
  clearSessionCookie(jar);
}

/**
 * Ends every session of the signed-in person, this one included ("sign out everywhere"), and turns
 * off their private calendar link (it carries access codes and works without a session).
 */
export async function signOutEverywhere() {
  const current = await getCurrentSession();
  if (current) {
    await revokeSessions(current.user.id);
    await endProviderSessionsOfLogin(current.user.id);
    await revokeCalendarFeeds(current.user.id);
  }
  clearSessionCookie(await cookies());
}

/** A __Secure- cookie can only be overwritten by a Secure Set-Cookie: same attributes, expired. */
function clearSessionCookie(jar: Awaited<ReturnType<typeof cookies>>) {
  jar.set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}
