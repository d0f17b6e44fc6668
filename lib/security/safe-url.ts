/**
 * A URL from imin's data (a seller's website, a terms link) as an href: only absolute http(s)
 * URLs, normalised; anything else (`javascript:`, `data:`, relative paths, junk) gives undefined,
 * so the caller shows plain text instead of a link.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
