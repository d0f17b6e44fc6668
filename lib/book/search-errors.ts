/**
 * A failed /book search in the page's language: imin's error kind (IminError.kind, or the `error`
 * of /api/search's answer) as a catalogue key, for a translator of the root (no namespace). A
 * refusal carries imin's own words (its description), shown as sent. Pure: server and browser.
 */
const KEYS: Record<string, string> = {
  conflict: "book.search.errors.conflict",
  invalid_response: "book.search.errors.invalidResponse",
  not_found: "book.search.errors.notFound",
  refused: "book.search.errors.refused",
  timeout: "book.search.errors.timeout",
  too_large: "book.search.errors.tooLarge",
  unauthorized: "book.search.errors.unauthorized",
  unavailable: "book.search.errors.unavailable",
};

export function searchErrorText(t: (key: string) => string, failure: { kind?: string; description?: string } | undefined): string {
  if (failure?.kind === "refused" && failure.description) return failure.description;
  return t((failure?.kind && KEYS[failure.kind]) || "book.search.errors.failed");
}
