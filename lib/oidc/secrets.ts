import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Keys the provider derives from AUTH_SECRET (HKDF-SHA256, one label per use), so it needs no
 * secret of its own and changing AUTH_SECRET retires them all together.
 */
function deriveKey(authSecret: string, label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "imin-portal-oidc", label, 32));
}

/** The keys that sign oidc-provider's cookies. */
export function cookieKeys(authSecret: string): string[] {
  return [deriveKey(authSecret, "cookie keys").toString("base64url")];
}

const KEY_LABEL = "signing key encryption";

/** AES-256-GCM; the output is `iv.tag.ciphertext`, base64url. */
export function sealPrivateJwk(jwk: object, authSecret: string, kid: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(authSecret, KEY_LABEL), iv);
  cipher.setAAD(Buffer.from(kid));
  const body = Buffer.concat([cipher.update(JSON.stringify(jwk), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The private JWK, or undefined when it was sealed under another AUTH_SECRET (or altered). */
export function openPrivateJwk(sealed: string, authSecret: string, kid: string): Record<string, unknown> | undefined {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(authSecret, KEY_LABEL), iv);
    decipher.setAAD(Buffer.from(kid));
    decipher.setAuthTag(tag);
    return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8"));
  } catch {
    return undefined;
  }
}
