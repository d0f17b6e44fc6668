import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getUserById, setPasswordHash } from "@/lib/accounts/store";
import { spendAllAccountTokens } from "@/lib/accounts/token-store";
import { revokeSessions } from "@/lib/auth/sessions";
import { revokeCalendarFeeds } from "@/lib/calendar/store";
import { judgeOwnNewPassword, type WeakPassword } from "./new-password";
import { consumeToken, peekToken } from "./tokens";

/**
 * Sets a new password from a reset link. The link proves the mailbox, so an unconfirmed address
 * counts as confirmed; every session, every other mailed link and the private calendar link (it
 * carries access codes) of the login end.
 */
export async function resetPassword(
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "invalid" } | WeakPassword> {
  // A password built from the login's own name or email is refused before the link is spent.
  const pending = await peekToken(token, "reset_password", now);
  const login = pending && (await getUserById(pending.userId));
  if (!login) return { ok: false, reason: "invalid" };
  const weak = judgeOwnNewPassword(newPassword, login);
  if (weak) return weak;
  const row = await consumeToken(token, "reset_password", now);
  if (row?.userId !== login.id) return { ok: false, reason: "invalid" };
  await setPasswordHash(row.userId, await hashPassword(newPassword), { verifiesEmail: true });
  await spendAllAccountTokens(row.userId, now);
  await revokeSessions(row.userId);
  await revokeCalendarFeeds(row.userId);
  return { ok: true };
}
