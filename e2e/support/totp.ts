import { generateSync } from "otplib";

/** The last 30-second step each secret's code was used in, in this worker (specs run one after another in it). */
const usedSteps = new Map<string, number>();
const STEP_MS = 30_000;

/**
 * A TOTP code the portal has not seen yet. It refuses a code from a step at or before the last one
 * used (replay, lib/staff/sign-in.ts), and several specs sign the demo admin in: a second sign-in
 * within the same step waits for the next one, as a person would for their app's next code.
 */
export async function unusedTotpCode(secret: string): Promise<string> {
  const last = usedSteps.get(secret);
  if (last !== undefined && Math.floor(Date.now() / STEP_MS) <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * STEP_MS - Date.now() + 250));
  }
  usedSteps.set(secret, Math.floor(Date.now() / STEP_MS));
  return generateSync({ secret });
}
