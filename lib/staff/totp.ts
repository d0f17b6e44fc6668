import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s), one step of clock drift either way; a step is accepted once. */
const PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string, issuer: string): string {
  return generateURI({ issuer: `${issuer} staff`, label: email, secret });
}

/** The accepted code's time step, or undefined (wrong, malformed, or not after `afterStep`). */
export async function checkTotp(secret: string, code: string, opts: { afterStep?: number | null; now?: Date } = {}) {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  try {
    const result = await verify({
      secret,
      token,
      epoch: Math.floor((opts.now ?? new Date()).getTime() / 1000),
      epochTolerance: PERIOD,
      ...(opts.afterStep != null ? { afterTimeStep: opts.afterStep } : {}),
    });
    return result.valid && "timeStep" in result ? result.timeStep : undefined;
  } catch {
    return undefined;
  }
}

/** Ten recovery codes, `xxxxx-xxxxx` (50 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz0123456789".replace("1", ""); // 32 characters: no bias
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % 32]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, "");
}
