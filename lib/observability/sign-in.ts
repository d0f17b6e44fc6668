import { log } from "./log";
import { metrics } from "./metrics";

/**
 * Counts and logs one password check (lib/auth/verify-login.ts) and hands its result back. The
 * line names the login's id on success and nothing on a failure: never the email, the address or
 * the password.
 */
export function signInOutcome<const T extends { ok: boolean; user?: { id: string } }>(
  outcome: "success" | "failure" | "locked",
  result: T,
): T {
  metrics().signIns.inc({ outcome });
  const fields = { signIn: { outcome, ...(result.user ? { userId: result.user.id } : {}) } };
  if (outcome === "success") log().info(fields, "sign-in: password accepted");
  else log().warn(fields, outcome === "locked" ? "sign-in: refused, too many attempts" : "sign-in: wrong email or password");
  return result;
}
