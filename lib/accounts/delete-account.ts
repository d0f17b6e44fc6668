import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { deleteUser } from "@/lib/accounts/store";
import { eraseHouseholdMembers } from "@/lib/family/erase-members";
import { deleteCustomerAccount } from "@/lib/imin/customers";
import { type PasswordRecheck, verifyPassword } from "@/lib/auth/verify-login";

/**
 * Deletes the account after re-checking the password: the family members the person created first
 * (each at imin, then here; the first failure stops everything: docs/features/family.md), then the
 * person at imin, so a failure there deletes nothing here.
 */
export async function deleteAccount(user: PortalUser, currentPassword: string, ip?: string): Promise<PasswordRecheck> {
  const check = await verifyPassword(user, currentPassword, ip);
  if (!check.ok) return check;
  await eraseAccount(user);
  return { ok: true };
}

/** The erasure itself, for the customer's own deletion (above) and a staff admin's (lib/staff). */
export async function eraseAccount(user: { id: string; iminCustomerId: string }) {
  await eraseHouseholdMembers(user.id);
  await deleteCustomerAccount(user.iminCustomerId);
  await deleteUser(user.id);
}
