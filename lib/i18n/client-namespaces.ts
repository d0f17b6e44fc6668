/**
 * The catalogue namespaces every page's client components can use. They reach the browser as a
 * static chunk (messages/client/<locale>.json, written by `npm run i18n:client`, loaded
 * by components/i18n/root-messages.tsx), cached by the browser, not in each page's data. A client
 * component needing more gets only the parts it uses from `<ClientMessages pick={["auth.signIn"]}>`.
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

/** `extra` laid over `base`, namespace into namespace: a nested provider adds its parts to the root's. */
export function mergeMessages(base: Messages, extra: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const under = merged[key];
    merged[key] = isPlainObject(under) && isPlainObject(value) ? mergeMessages(under as Messages, value as Messages) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
