import en from "../../messages/en.json";
import cy from "../../messages/cy.json";

/**
 * The pages the "no English on Welsh pages" walk opens in Welsh (e2e/languages.spec.ts). Add yours:
 * `signedIn` pages open as the demo customer with `?lang=cy` (which stores Welsh on the demo login;
 * the walk puts English back afterwards), the others in a browser that asks for Welsh.
 */
export const WELSH_PAGES: Array<{ path: string; signedIn?: boolean }> = [
  { path: "/" },
  { path: "/offline" },
  { path: "/a-page-that-does-not-exist" },
  { path: "/unsubscribe?u=00000000-0000-4000-8000-000000000000&k=reminders&s=x" },
  { path: "/unsubscribe?done=notices" },
  { path: "/", signedIn: true },
  { path: "/sign-in" },
  { path: "/sign-up" },
  { path: "/forgot-password" },
  { path: "/check-email" },
  { path: "/account", signedIn: true },
  { path: "/family", signedIn: true },
  { path: "/sellers", signedIn: true },
  { path: "/pass", signedIn: true },
  // The bookings and orders lists are walked by e2e/languages-bookings.spec.ts for a customer of its
  // own: the demo's bookings carry imin's English (session names, organisers' messages), kept as sent.
  { path: "/orders/not-an-order-of-yours", signedIn: true },
  // The session, slot and group-booking pages are walked on data made for them: ./welsh-booking-pages.ts.
];

type Tree = { [key: string]: string | Tree };

function values(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : values(v, `${prefix}${k}.`),
  );
}

/**
 * The catalogue's English phrases that must not appear on a Welsh page: the literal runs of each
 * English message (ICU arguments, plural bodies and tags cut out) that differ from its Welsh, of
 * at least two words or one word of six letters or more.
 */
export function englishPhrases(): string[] {
  const welsh = new Map(values(cy as Tree));
  const phrases = new Set<string>();
  for (const [key, message] of values(en as Tree)) {
    if (welsh.get(key) === message) continue;
    // Cut {…} blocks (innermost first) and <tag>s, leaving the literal text between them.
    let text = message;
    for (let prev = ""; prev !== text; ) {
      prev = text;
      text = text.replace(/\{[^{}]*\}/g, "|");
    }
    text = text.replace(/<\/?\w+>/g, "|");
    for (const run of text.split(/[|.:;!?()"“”…·]+/)) {
      const phrase = run
        .replace(/\s+/g, " ")
        .trim()
        .replace(/^[,’'-]+|[,’'-]+$/g, "")
        .trim();
      const words = phrase.split(" ").filter((w) => /\p{L}{2,}/u.test(w));
      if (words.length >= 2 || (words.length === 1 && phrase.length >= 6)) phrases.add(phrase);
    }
  }
  const welshText = values(cy as Tree)
    .map(([, v]) => v)
    .join(" ");
  // A phrase the Welsh itself uses (a brand-like word, "E-bost") is not English on the page.
  return [...phrases].filter((p) => !welshText.includes(p));
}

/** The English phrases found in a page's visible text (whole words). */
export function englishIn(text: string, phrases: readonly string[]): string[] {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return phrases.filter((p) => new RegExp(`(^|[^\\p{L}])${literal(p)}($|[^\\p{L}])`, "u").test(text));
}
