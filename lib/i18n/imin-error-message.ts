/**
 * What went wrong talking to imin (an IminError), as a catalogue key in `errors.imin` (a client
 * namespace, so a form's message can be translated in the browser), by kind, in the words of
 * lib/imin/errors.ts. A refusal imin explained stays in imin's own words, as sent.
 */
const KEYS: Record<string, string> = {
  unauthorized: "errors.imin.unauthorized",
  not_found: "errors.imin.notFound",
  refused: "errors.imin.refused",
  conflict: "errors.imin.conflict",
  too_large: "errors.imin.tooLarge",
  unavailable: "errors.imin.unavailable",
  timeout: "errors.imin.timeout",
  invalid_response: "errors.imin.invalidResponse",
};

export function iminErrorMessage(error: { kind: string; description?: string; customerMessage: string }): string {
  if (error.kind === "refused" && error.description) return error.customerMessage;
  return KEYS[error.kind] ?? error.customerMessage;
}
