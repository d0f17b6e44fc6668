import "server-only";
import { countRecentFailures, recordSignInAttempt } from "@/lib/db/queries";
import { getEnv } from "@/lib/env";

/** Failed sign-ins allowed per window, per email and per client address (state in the database). */
function signInLimits() {
  const env = getEnv();
  return {
    perEmail: env.SIGN_IN_MAX_FAILURES_PER_EMAIL,
    perIp: env.SIGN_IN_MAX_FAILURES_PER_IP,
    windowMinutes: env.SIGN_IN_WINDOW_MINUTES,
  };
}

export const RATE_LIMITED_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes, then try again.";

/** True when this email or address has failed too often recently (the same answer for any email). */
export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const limits = signInLimits();
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([countRecentFailures("email", email, since), countRecentFailures("ip", ip, since)]);
  return byEmail >= limits.perEmail || byIp >= limits.perIp;
}

export function recordSignIn(email: string, ip: string, success: boolean) {
  return recordSignInAttempt(
    [
      { kind: "email", key: email },
      { kind: "ip", key: ip },
    ],
    success,
  );
}
