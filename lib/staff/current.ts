import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { clientIp } from "@/lib/auth/client-ip";
import type { Staff } from "@/lib/db/schema";
import { type StaffRole, roleAllows } from "./roles";
import { resolveStaffSession, staffCookieName } from "./sessions";

export interface StaffUser {
  id: string;
  email: string;
  role: StaffRole;
  /** The raw session id of this request. */
  sessionId: string;
  /** The client address, for the audit log. */
  ip: string;
}

export class StaffForbiddenError extends Error {
  constructor() {
    super("This needs the admin role.");
    this.name = "StaffForbiddenError";
  }
}

/** The raw staff session id this request's cookie carries (only sent under /staff). */
export async function staffSessionIdFromCookie(): Promise<string | undefined> {
  return (await cookies()).get(staffCookieName())?.value;
}

/** The staff member of this request's full (two-factor) session, or null. A customer's session is never one. */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const id = await staffSessionIdFromCookie();
  const resolved = await resolveStaffSession(id, { full: true });
  if (!resolved || !id) return null;
  return { id: resolved.staff.id, email: resolved.staff.email, role: resolved.staff.role, sessionId: id, ip: clientIp(await headers()) };
});

/** The staff member of this request's half-way session (password given, second factor owed). */
export async function getHalfSignedInStaff(): Promise<Staff | null> {
  const resolved = await resolveStaffSession(await staffSessionIdFromCookie(), { full: false });
  return resolved?.staff ?? null;
}

/**
 * Every console page's data read and every console action starts here: no full staff session →
 * the staff sign-in page; a role below `needed` → StaffForbiddenError (the route's error page
 * answers 403-like; actions report it).
 */
export async function requireStaff(needed: StaffRole = "support"): Promise<StaffUser> {
  const current = await getCurrentStaff();
  if (!current) redirect("/staff/sign-in");
  if (!roleAllows(current.role, needed)) throw new StaffForbiddenError();
  return current;
}
