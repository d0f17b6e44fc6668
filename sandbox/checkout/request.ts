import { z } from "zod";

/**
 * The `imin:CheckoutSession` a broker posts. Read tolerantly, as imin's own payloads must be read:
 * `@type`/`type` and `@id`/`id` are one keyword, strings are trimmed, and an Offer or opportunity may
 * be given as a plain id string or as an object carrying `id`/`identifier`.
 */
export function normalizeKeywords(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(normalizeKeywords);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [rawKey, raw] of Object.entries(value)) {
    if (raw === null) continue;
    const key = rawKey === "@type" ? "type" : rawKey === "@id" ? "id" : rawKey;
    if (!(key in out)) out[key] = normalizeKeywords(raw);
  }
  return out;
}

const ref = z.union([
  z.string().min(1),
  z
    .object({ id: z.string().min(1).optional(), identifier: z.string().min(1).optional() })
    .refine((o) => o.id || o.identifier, "needs an id or identifier")
    .transform((o) => (o.id ?? o.identifier)!),
]);

const httpUrl = z.string().refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "must be an absolute http(s) URL");

export const checkoutSessionRequest = z.object({
  type: z.literal("imin:CheckoutSession", { message: 'type must be "imin:CheckoutSession"' }),
  "imin:initialOrder": z.object({
    type: z.literal("OrderQuote", { message: 'imin:initialOrder.type must be "OrderQuote"' }).optional(),
    customer: ref,
    broker: z.object({
      type: z.string().optional(),
      name: z.string().min(1, "broker.name is required").max(200),
      url: z.string().max(2000).optional(),
    }),
    orderedItem: z
      .array(
        z.object({
          type: z.string().optional(),
          acceptedOffer: ref,
          orderedItem: z.object({
            type: z.string().min(1),
            identifier: z.string().min(1).optional(),
            id: z.string().min(1).optional(),
          }),
          attendee: ref.optional(),
        }),
      )
      .min(1, "imin:initialOrder.orderedItem needs at least one OrderItem")
      .max(20, "at most 20 OrderItems can be booked at once"),
  }),
  "imin:navigationLinks": z
    .array(
      z.object({
        type: z.string().optional(),
        name: z.string().max(200).optional(),
        "imin:linkType": z.string().max(500).optional(),
        url: httpUrl,
      }),
    )
    .max(10)
    .optional(),
});
export type CheckoutSessionRequest = z.output<typeof checkoutSessionRequest>;

export const BACK_TO_BROKER = "https://imin.co/BackToBrokerLink";
export const BACK_TO_PROFILE = "https://imin.co/BackToBrokerUserProfileLink";

/** A Customer Account is named by its `@id` URL (`…/customer-accounts/{identifier}`) or its identifier. */
export function customerIdentifierOf(ref: string): string {
  const match = /\/customer-accounts\/([^/?#]+)\/?$/.exec(ref);
  if (match) {
    try {
      return decodeURIComponent(match[1]!);
    } catch {
      return match[1]!;
    }
  }
  return ref;
}
