import "server-only";
import type { PortalUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { setPasswordHash } from "@/lib/accounts/store";
import { spendAllAccountTokens } from "@/lib/accounts/token-store";
import { type PasswordRecheck, verifyPassword } from "@/lib/auth/verify-login";
import { revokeSessions } from "@/lib/auth/sessions";
import { judgeOwnNewPassword, type WeakPassword } from "./new-password";

/**
 * Changes the password after re-checking the current one; other sessions end, this one stays.
 * Every pending mailed link (email change, reset) ends too: whoever could read or start one before
 * the change must not finish it after.
 */
export async function changePassword(
  user: PortalUser,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordRecheck | WeakPassword> {
  const weak = judgeOwnNewPassword(newPassword, user);
  if (weak) return weak;
  const check = await verifyPassword(user, currentPassword);
  if (!check.ok) return check;
  await setPasswordHash(user.id, await hashPassword(newPassword));
  await spendAllAccountTokens(user.id, new Date());
  await revokeSessions(user.id, { except: user.sessionId });
  return { ok: true };
}
