import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (algorithm 2) with OWASP's minimum memory cost; @node-rs/argon2's enum is a const enum.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * The bare hash comparison. Only lib/auth/verify-login.ts calls it: everything else goes through
 * `verifyLogin` / `verifyPassword` there, which hold the rate limits.
 */
export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the email is unknown keeps timing the same either way.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password-used-for-timing");
  await verifyPasswordHash(await dummyHash, password);
  return false;
}
