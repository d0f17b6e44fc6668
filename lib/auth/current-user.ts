import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { customerAccountUrl } from "@/lib/imin/customers";
import { getUserById } from "@/lib/db/queries";
import { safeCallbackPath } from "./callback-url";

export interface PortalUser {
  id: string;
  email: string;
  /** From the database mapping, never from the request. */
  iminCustomerId: string;
  /** The Customer Account `@id` URL (checkout names it as the customer). */
  iminCustomerUrl: string;
  givenName?: string;
}

/**
 * The signed-in person, re-read from the database on every request (deleted logins drop out).
 * Pages and layouts ask through `requireUser()`, server actions through `authedAction` /
 * `authedFormAction` (lib/actions), API routes answer 401 when this is null.
 */
export const getCurrentUser = cache(async (): Promise<PortalUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (user?.status !== "active" || !user.iminCustomerId) return null;
  const signedInAt = (session as { signedInAt?: number }).signedInAt ?? 0;
  if (user.sessionsValidFrom && signedInAt < user.sessionsValidFrom.getTime()) return null;
  return {
    id: user.id,
    email: user.email,
    iminCustomerId: user.iminCustomerId,
    iminCustomerUrl: user.iminCustomerUrl ?? customerAccountUrl(user.iminCustomerId),
    givenName: user.givenName ?? undefined,
  };
});

/** The signed-in person, or a redirect to /sign-in that comes back to the current page. */
export async function requireUser(): Promise<PortalUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get("x-portal-path"), "/account");
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
