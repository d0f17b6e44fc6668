import { formatWords } from "./words";

/** imin strings can carry stray whitespace; join the present parts of an address or name. */
export function joinPresent(parts: Array<string | undefined | null>, separator = ", "): string {
  return parts
    .map((p) => (typeof p === "string" ? p.trim() : ""))
    .filter(Boolean)
    .join(separator);
}

/** The schema.org gender URL (or a bare word) in plain words. */
export function formatGender(value: string | undefined | null, locale = "en-GB"): string {
  if (!value) return "";
  const word = value.trim().split(/[/#]/).pop() ?? "";
  const known: Record<string, string> = formatWords(locale).genders;
  return known[word] ?? word.replace(/([a-z])([A-Z])/g, "$1 $2");
}
