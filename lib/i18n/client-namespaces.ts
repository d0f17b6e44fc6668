/**
 * The catalogue namespaces every page sends to the browser (the root layout's NextIntlClientProvider).
 * Kept short: every page carries them. A client component needing another namespace gets it from
 * a NextIntlClientProvider around it with `pickNamespaces(messages, [...CLIENT_NAMESPACES, "book"])`.
 */
export const CLIENT_NAMESPACES = ["common", "shell", "validation", "errors"] as const;

export function pickNamespaces(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}
