import en from "../../messages/en.json";
import cy from "../../messages/cy.json";
import { DATASET_SEEDS } from "../../sandbox/seed/datasets";
import { SELLER_SEEDS } from "../../sandbox/seed/sellers";
import { VENUE_SEEDS } from "../../sandbox/seed/venues";

/**
 * The sandbox's seller, venue and open-data publisher names: imin's words, kept as sent, inside
 * sentences too ("E-bost yn Northern Active"), so cut out of a page's text before it is checked
 * ("Active" and "Booking" are also catalogue words; a publisher such as "ActiveHub Booking Systems
 * Ltd" shows in a results page's attribution whenever its sellers' sessions are listed).
 */
const IMIN_NAMES = [
  ...SELLER_SEEDS.map((s) => s.name),
  ...VENUE_SEEDS.map((v) => v.name),
  ...DATASET_SEEDS.map((d) => d.publisher.name),
].sort((a, b) => b.length - a.length);

/** imin's words on a /book results page: each row's session name, the attribution's publishers and datasets. */
const BOOK_IMIN_TEXT =
  "[data-testid=search-results] li a > span:nth-child(2) > span:first-child, [data-testid=attribution] > span, [data-testid=attribution] a, [data-testid=attribution] a .sr-only > span";

/** imin's words on the courts tab: facility, activity and court names, publishers and datasets. */
const COURTS_IMIN_TEXT = [
  "caption .font-semibold",
  "caption .font-semibold + span:not(.block)",
  "th[scope=row]",
  "[data-testid=attribution] > span",
  "[data-testid=attribution] a",
  "[data-testid=attribution] a .sr-only > span",
].join(", ");

/** The session the walk's /book search finds (made by e2e/languages.spec.ts before the walk): imin's words, kept as sent. */
export const WALK_SESSION = { name: "Acroyoga Cymraeg", activity: "Acroyoga" };

/**
 * The pages the "no English on Welsh pages" walk opens in Welsh (e2e/languages.spec.ts). Add yours:
 * `signedIn` pages open as the demo customer with `?lang=cy` (which stores Welsh on the demo login;
 * the walk puts English back afterwards), the others in a browser that asks for Welsh. `shows`: a
 * locator that must be visible first (the data the page is walked for); `iminText`: a selector of
 * elements whose own text is what imin sent (session, court, publisher names; kept as sent): their
 * text, not their child elements, is left out of the check.
 */
export const WELSH_PAGES: Array<{ path: string; signedIn?: boolean; shows?: string; iminText?: string }> = [
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
  // The demo's bookings' names ("Evening Kickboxing…") are imin's.
  { path: "/pass", signedIn: true, iminText: 'a[href^="/pass/booking/"] > span' },
  // The bookings and orders lists are walked by e2e/languages-bookings.spec.ts for a customer of its
  // own: the demo's bookings carry imin's English (session names, organisers' messages), kept as sent.
  { path: "/orders/not-an-order-of-yours", signedIn: true },
  // The session, slot and group-booking pages are walked on data made for them: ./welsh-booking-pages.ts.
  // /book: a search with results (the session made for the walk among the seed's), signed out
  // (standard prices) and signed in; the courts tab with the grid; the guest checkout's return page.
  { path: `/book?activity=${WALK_SESSION.activity}`, shows: `text=${WALK_SESSION.name}`, iminText: BOOK_IMIN_TEXT },
  { path: `/book?activity=${WALK_SESSION.activity}`, signedIn: true, shows: `text=${WALK_SESSION.name}`, iminText: BOOK_IMIN_TEXT },
  { path: "/book?activity=Nothing+like+this", shows: "[data-testid=no-results]" },
  // Tomorrow's courts: late in the venue's evening today has no free slot left.
  { path: `/book?tab=courts&km=250&day=${venueTomorrow()}`, shows: "[data-testid=courts-venue] table", iminText: COURTS_IMIN_TEXT },
  { path: "/guest-booking?orderNumber=ABC-123&email=guest%40example.com" },
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

/** The English phrases found in a page's visible text (whole words), the sandbox's seller and venue names left out. */
export function englishIn(text: string, phrases: readonly string[]): string[] {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const checked = IMIN_NAMES.reduce((t, name) => t.split(name).join(" "), text);
  return phrases.filter((p) => new RegExp(`(^|[^\\p{L}])${literal(p)}($|[^\\p{L}])`, "u").test(checked));
}

/** Tomorrow's calendar day at the venue, YYYY-MM-DD. */
function venueTomorrow(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(Date.now() + 86_400_000);
}
