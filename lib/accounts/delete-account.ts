import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { deleteUser } from "@/lib/db/queries";
import { deleteCustomerAccount } from "@/lib/imin/customers";
import { type PasswordRecheck, verifyPassword } from "@/lib/auth/verify-login";

/** Deletes the account after re-checking the password: imin first, so a failure there deletes nothing here. */
export async function deleteAccount(user: PortalUser, currentPassword: string): Promise<PasswordRecheck> {
  const check = await verifyPassword(user, currentPassword);
  if (!check.ok) return check;
  await deleteCustomerAccount(user.iminCustomerId);
  await deleteUser(user.id);
  return { ok: true };
}
