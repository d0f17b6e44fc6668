import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { setPasswordHash } from "@/lib/accounts/store";
import { spendAllAccountTokens } from "@/lib/accounts/token-store";
import { revokeSessions } from "@/lib/auth/sessions";
import { revokeCalendarFeeds } from "@/lib/calendar/store";
import { consumeToken } from "./tokens";

/**
 * Sets a new password from a reset link. The link proves the mailbox, so an unconfirmed address
 * counts as confirmed; every session, every other mailed link and the private calendar link (it
 * carries access codes) of the login end.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<boolean> {
  const row = await consumeToken(token, "reset_password", now);
  if (!row) return false;
  await setPasswordHash(row.userId, await hashPassword(newPassword), { verifiesEmail: true });
  await spendAllAccountTokens(row.userId, now);
  await revokeSessions(row.userId);
  await revokeCalendarFeeds(row.userId);
  return true;
}
