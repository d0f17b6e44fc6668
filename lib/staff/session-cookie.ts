import "server-only";
import { cookies } from "next/headers";
import { staffSessionIdFromCookie } from "./current";
import { revokeStaffSession, staffCookieName, staffCookieOptions } from "./sessions";

/** Sets the staff cookie (server actions only), revoking whatever staff session the browser held before. */
export async function setStaffSessionCookie(id: string, expiresAt: Date) {
  const previous = await staffSessionIdFromCookie();
  if (previous && previous !== id) await revokeStaffSession(previous);
  (await cookies()).set(staffCookieName(), id, staffCookieOptions(expiresAt));
}

/** Ends this browser's staff session server-side and removes its cookie. */
export async function clearStaffSessionCookie() {
  const previous = await staffSessionIdFromCookie();
  if (previous) await revokeStaffSession(previous);
  (await cookies()).set(staffCookieName(), "", { ...staffCookieOptions(new Date(0)), maxAge: 0 });
}
