import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/**
 * Staff secrets at rest: the TOTP secret is sealed like the OpenID signing key (lib/oidc/secrets.ts):
 * AES-256-GCM under a key derived from AUTH_SECRET (HKDF-SHA256, its own label), bound to the staff
 * id, so a copy of the database alone cannot compute codes. Tokens (sessions, invites, recovery
 * codes) are kept only as SHA-256.
 */
function deriveKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "imin-portal-staff", "totp secret encryption", 32));
}

export function sealTotpSecret(secret: string, authSecret: string, staffId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(authSecret), iv);
  cipher.setAAD(Buffer.from(staffId));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The base32 secret, or undefined when sealed under another AUTH_SECRET, for another staff member, or altered. */
export function openTotpSecret(sealed: string, authSecret: string, staffId: string): string | undefined {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(authSecret), iv);
    decipher.setAAD(Buffer.from(staffId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}
