import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getUserById } from "@/lib/accounts/store";
import { getEnv } from "@/lib/env";
import { LANG_PARAM, type Locale } from "@/lib/i18n/locales";
import { portalUrl } from "@/lib/portal-url";
import { isEmailKind, type EmailKind } from "./kinds";
import { setEmailPreferences } from "./preferences";

/**
 * Unsubscribe links work without signing in: they carry the login id and the kind of email, signed
 * with AUTH_SECRET (HMAC-SHA256), so nobody can turn off someone else's email by guessing.
 */

function signature(userId: string, kind: EmailKind): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`unsubscribe:${userId}:${kind}`).digest("base64url");
}

/**
 * The page a person reaches from the email (GET shows a confirm button; POST is RFC 8058 one-click),
 * in the email's language.
 */
export function unsubscribeUrl(userId: string, kind: EmailKind, locale: Locale): string {
  const url = new URL(portalUrl("/unsubscribe"));
  url.search = new URLSearchParams({ u: userId, k: kind, s: signature(userId, kind), [LANG_PARAM]: locale }).toString();
  return url.toString();
}

/** The RFC 8058 one-click endpoint (a POST with `List-Unsubscribe=One-Click`). */
function oneClickUrl(userId: string, kind: EmailKind): string {
  const url = new URL(portalUrl("/api/unsubscribe"));
  url.search = new URLSearchParams({ u: userId, k: kind, s: signature(userId, kind) }).toString();
  return url.toString();
}

export function unsubscribeHeaders(userId: string, kind: EmailKind): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl(userId, kind)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The login and kind a link names, when its signature holds. */
function verifyUnsubscribe(params: { u?: unknown; k?: unknown; s?: unknown }): { userId: string; kind: EmailKind } | null {
  const { u, k, s } = params;
  if (typeof u !== "string" || !UUID.test(u) || !isEmailKind(k) || typeof s !== "string") return null;
  const expected = Buffer.from(signature(u, k));
  const given = Buffer.from(s);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId: u, kind: k };
}

/**
 * Turns off the kind of email a signed link names. Returns the kind, or null for a link that is
 * not ours (tampered, truncated). A login deleted since is treated as done: nothing is sent to it.
 */
export async function unsubscribe(params: { u?: unknown; k?: unknown; s?: unknown }): Promise<EmailKind | null> {
  const verified = verifyUnsubscribe(params);
  if (!verified) return null;
  if (await getUserById(verified.userId)) await setEmailPreferences(verified.userId, { [verified.kind]: false });
  return verified.kind;
}
