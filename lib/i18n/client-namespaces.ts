/**
 * The catalogue namespaces every page sends to the browser (the root layout's NextIntlClientProvider).
 * Kept short: every page carries them. A client component needing another namespace gets it from
 * a NextIntlClientProvider around it with `pickNamespaces(messages, [...CLIENT_NAMESPACES, "book"])`,
 * or only the parts of one it uses with `pickMessages(messages, ["auth.signIn", "auth.errors"])`.
 */
export const CLIENT_NAMESPACES = ["common", "shell", "validation", "errors"] as const;

type Messages = Record<string, unknown>;

export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}

/**
 * The messages at the given dotted paths (a namespace, a part of one, or one message), nested as in
 * the catalogue; paths the catalogue lacks are left out. The picked values are the catalogue's own
 * objects, so React sends a part that two providers on a page share only once.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === "object" ? (source as Messages)[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      if (!target[key] || typeof target[key] !== "object") target[key] = {};
      target = target[key] as Messages;
    }
    target[keys.at(-1)!] = source;
  }
  return picked;
}
