import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The opaque token carried by a RegisterAction/CreateAction target. It says who is linking which
 * seller, how, and where to send them back; it is signed (HMAC-SHA256) and expires.
 */
export type ConnectMode = "register" | "create";

export interface ConnectClaims {
  customerId: string;
  sellerId: string;
  mode: ConnectMode;
  redirectUri: string;
  /** Expiry, ms since epoch on the sandbox clock. */
  expiresAt: number;
  /** Makes every token unique so a used one can be refused. */
  nonce: string;
}

const CONNECT_TOKEN_TTL_MS = 30 * 60 * 1000;

// One key per process: a restarted sandbox no longer honours links issued before, like an expiry.
const processKey = randomBytes(32);

function sign(payload: string): string {
  return createHmac("sha256", processKey).update(payload).digest("base64url");
}

export function issueConnectToken(claims: Omit<ConnectClaims, "nonce" | "expiresAt">, nowMs: number): string {
  const full: ConnectClaims = {
    ...claims,
    expiresAt: nowMs + CONNECT_TOKEN_TTL_MS,
    nonce: randomBytes(9).toString("base64url"),
  };
  const payload = Buffer.from(
    JSON.stringify({
      c: full.customerId,
      s: full.sellerId,
      m: full.mode,
      r: full.redirectUri,
      x: full.expiresAt,
      n: full.nonce,
    }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export type TokenCheck = { ok: true; claims: ConnectClaims } | { ok: false; reason: "malformed" | "expired" };

export function readConnectToken(token: string | undefined, nowMs: number): TokenCheck {
  if (!token || token.length > 4096) return { ok: false, reason: "malformed" };
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "malformed" };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const { c, s, m, r, x, n } = raw;
  if (
    typeof c !== "string" ||
    typeof s !== "string" ||
    (m !== "register" && m !== "create") ||
    typeof r !== "string" ||
    typeof x !== "number" ||
    typeof n !== "string"
  ) {
    return { ok: false, reason: "malformed" };
  }
  if (nowMs > x) return { ok: false, reason: "expired" };
  return { ok: true, claims: { customerId: c, sellerId: s, mode: m, redirectUri: r, expiresAt: x, nonce: n } };
}
