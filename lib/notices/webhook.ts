import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { customerDetailChange, safeParseImin } from "@/lib/imin/schemas";

/** Webhook bodies are three short fields; anything much larger is not imin's. */
export const WEBHOOK_BODY_LIMIT = 16 * 1024;

/** Constant-time comparison of the X-Api-Key header with the pre-arranged key. */
export function webhookKeyMatches(given: string | null, expected: string): boolean {
  if (!given || !expected) return false;
  // Hashing first makes the comparison length-independent.
  const a = createHash("sha256").update(given.trim()).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export type ParsedNotification = { ok: true; customerId: string; payload: unknown } | { ok: false; reason: string };

/** Validates a Customer Detail Change body: JSON, `@type` CustomerAccount, an identifier. */
export function parseNotification(text: string): ParsedNotification {
  if (!text.trim()) return { ok: false, reason: "empty body" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "body is not JSON" };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { ok: false, reason: "body is not an object" };
  const parsed = safeParseImin(customerDetailChange, json);
  if (!parsed.success) return { ok: false, reason: "body is not a CustomerAccount notification" };
  const customerId = parsed.data.identifier;
  if (customerId.length > 200) return { ok: false, reason: "identifier too long" };
  // When @id is given it must name the same customer.
  const id = parsed.data.id;
  if (id) {
    let last: string | undefined;
    try {
      last = decodeURIComponent(new URL(id).pathname.replace(/\/+$/, "").split("/").pop() ?? "");
    } catch {
      return { ok: false, reason: "@id is not a URL" };
    }
    if (last !== customerId) return { ok: false, reason: "@id and identifier disagree" };
  }
  return { ok: true, customerId, payload: { "@type": "CustomerAccount", "@id": id, identifier: customerId } };
}
