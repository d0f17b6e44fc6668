import "server-only";
import { z } from "zod";

/**
 * Tolerance rules from CONTRACT.md, applied once before any schema runs:
 * - `@type`/`@id` and `type`/`id` are the same keyword: everything is read as `type`/`id`;
 * - strings are trimmed (imin sends `" Manchester"`);
 * - `null` means "absent" (imin strips nulls, but a stray one must not fail a parse).
 * Unknown fields are left in place and dropped by the schemas (zod strips them).
 */
function normalizeJsonLd(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(normalizeJsonLd);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [rawKey, rawValue] of Object.entries(value)) {
    if (rawValue === null) continue;
    const key = rawKey === "@type" ? "type" : rawKey === "@id" ? "id" : rawKey;
    // When both spellings are present, the first one seen wins.
    if (key in out) continue;
    out[key] = normalizeJsonLd(rawValue);
  }
  return out;
}

/** Parse an imin payload: normalise keywords and whitespace, then validate. */
export function parseImin<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  return schema.parse(normalizeJsonLd(payload));
}

export function safeParseImin<S extends z.ZodType>(schema: S, payload: unknown) {
  return schema.safeParse(normalizeJsonLd(payload));
}

/** A number that may arrive as a numeric string. */
export const numeric = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
  z.number().finite(),
);

/** An identifier that may arrive as a number. */
export const identifier = z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().min(1));

/** A boolean that may arrive as "true"/"false". */
export const flag = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

/**
 * An optional field that must never fail the whole payload: a malformed value is treated as absent.
 * Use for anything outside the core a page needs.
 */
export function lenient<S extends z.ZodType>(schema: S) {
  return schema.optional().catch(undefined);
}

/**
 * A list that imin may strip when empty, may send as a single value, and whose malformed entries
 * are dropped (so one bad item never hides the others).
 */
export function list<S extends z.ZodType>(item: S) {
  // One parse per entry, keeping its output: filtering first and then re-parsing the array doubled
  // the work at every nesting level (a 50-result search took over 100 ms to read).
  return z.preprocess(
    (v) => {
      if (v === undefined) return [];
      const out: z.output<S>[] = [];
      for (const entry of Array.isArray(v) ? v : [v]) {
        const result = item.safeParse(entry);
        if (result.success) out.push(result.data);
      }
      return out;
    },
    z.array(z.custom<z.output<S>>(() => true)),
  );
}

export const typeName = z.string().optional();

const imageObject = z.object({ type: typeName, url: z.string().optional() });

export const postalAddress = z.object({
  type: typeName,
  streetAddress: z.string().optional(),
  addressLocality: z.string().optional(),
  addressRegion: z.string().optional(),
  postalCode: z.string().optional(),
  addressCountry: z.string().optional(),
});

const geoCoordinates = z.object({
  type: typeName,
  latitude: numeric,
  longitude: numeric,
});

export const concept = z.object({
  type: typeName,
  id: z.string().optional(),
  prefLabel: z.string().optional(),
  inScheme: z.string().optional(),
});

const webPageLink = z.object({
  type: typeName,
  name: z.string().optional(),
  url: z.string().optional(),
});

/** `type`, `id` and `identifier`: how imin points at anything it sends. */
export const identified = z.object({
  type: typeName,
  id: z.string().optional(),
  identifier: lenient(identifier),
});

export const namedThing = identified.extend({ name: z.string().optional() });

/** A ScheduledSession or a Slot: something that happens at a time. */
export const timedEvent = identified.extend({
  startDate: z.string().min(1),
  endDate: z.string().optional(),
  duration: z.string().optional(),
});

export const organization = namedThing.extend({
  url: z.string().optional(),
  logo: lenient(imageObject),
  email: z.string().optional(),
  telephone: z.string().optional(),
  sameAs: list(z.string()),
  termsOfService: list(webPageLink),
});

export const place = namedThing.extend({
  url: z.string().optional(),
  telephone: z.string().optional(),
  geo: lenient(geoCoordinates),
  address: lenient(postalAddress),
});

/** `geo` of a search result's Place: imin adds the distance from the `geo[radial]` centre. */
const geoWithDistance = geoCoordinates.extend({
  "imin:distanceFromGeoQueryCenter": lenient(z.object({ type: typeName, value: numeric, unitCode: z.string().optional() })),
});
export const placeWithDistance = place.extend({ geo: lenient(geoWithDistance) });

export const barcode = z.object({
  type: typeName,
  text: z.string().min(1),
  dateModified: z.string().optional(),
});

export const quantitativeValue = z.object({
  type: typeName,
  minValue: lenient(numeric),
  maxValue: lenient(numeric),
});

export const activeEntitlement = z.object({
  type: typeName,
  id: z.string().optional(),
  name: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  entitlementType: lenient(concept),
  "imin:indicativePrice": lenient(flag),
});

/** `imin:aggregateOffer.publicAdult|publicJunior` in search results. */
const aggregateOfferPart = z.object({
  type: typeName,
  id: z.string().optional(),
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  "imin:membershipRequired": lenient(flag),
  activeEntitlement: lenient(activeEntitlement),
});

export const aggregateOffer = z.object({
  type: typeName,
  publicAdult: lenient(aggregateOfferPart),
  publicJunior: lenient(aggregateOfferPart),
});

/** What every bookable Offer states, whether for a session or a slot. */
export const offer = namedThing.extend({
  price: lenient(numeric),
  priceCurrency: z.string().optional(),
  ageRange: lenient(quantitativeValue),
  "imin:membershipRequired": lenient(flag),
});

/** OpenActive error body. Some imin errors carry the message in `name` instead of `description`. */
export const errorBody = z.object({
  type: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  statusCode: lenient(numeric),
});

/** The per-seller errors carried inside a successful action response. */
export const sellerError = z.object({
  type: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  seller: lenient(organization),
});

/** `PartialCollectionView`: paging links; the docs' own example contradicts itself, so all optional. */
export const collectionView = z.object({
  type: typeName,
  id: z.string().optional(),
  first: z.string().optional(),
  last: z.string().optional(),
  next: z.string().optional(),
  previous: z.string().optional(),
  urlTemplate: z.string().optional(),
  "imin:currentPage": lenient(numeric),
  "imin:itemsPerPage": lenient(numeric),
  "imin:totalPages": lenient(numeric),
});

export function restrictedCollection<S extends z.ZodType>(item: S) {
  return z.object({
    type: typeName,
    id: z.string().optional(),
    "imin:totalItems": lenient(numeric),
    view: lenient(collectionView),
    "imin:item": list(item),
  });
}
