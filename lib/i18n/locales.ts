/**
 * The portal's languages and how a request's language is chosen (docs/features/languages.md).
 * Pure: used by i18n/request.ts, the broker config, mail and tests.
 */

export const LOCALES = ["en", "cy"] as const;
export type Locale = (typeof LOCALES)[number];

/** The cookie that remembers a visitor's choice (next-intl's usual name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** The query parameter of the twin URL (`?lang=cy`), used by the switch and the hreflang links. */
export const LANG_PARAM = "lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag `Intl` formats with: the UK variants. */
export type IntlLocale = "en-GB" | "cy-GB";

export function intlLocale(locale: string): IntlLocale {
  return locale === "cy" || locale === "cy-GB" ? "cy-GB" : "en-GB";
}

/** The languages of an Accept-Language header, most wanted first (by q, then order), lower-case primary subtags. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: Array<{ lang: string; q: number; i: number }> = [];
  header.split(",").forEach((part, i) => {
    const [tag, ...params] = part.trim().split(";");
    const lang = tag?.trim().split("-")[0]?.toLowerCase();
    if (!lang || lang === "*") return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    entries.push({ lang, q, i });
  });
  return entries.sort((a, b) => b.q - a.q || a.i - b.i).map((e) => e.lang);
}

export interface LocaleSignals {
  /** `?lang=` of the request URL. */
  query?: string | null;
  /** The signed-in customer's stored choice (users.locale). */
  stored?: string | null;
  /** The NEXT_LOCALE cookie. */
  cookie?: string | null;
  acceptLanguage?: string | null;
}

/** The request's language: query, stored choice, cookie, Accept-Language, the broker's default; only languages the broker offers. */
export function chooseLocale(signals: LocaleSignals, offered: readonly Locale[], defaultLocale: Locale): Locale {
  const offers = (v: unknown): v is Locale => isLocale(v) && offered.includes(v);
  for (const candidate of [signals.query, signals.stored, signals.cookie]) {
    if (offers(candidate)) return candidate;
  }
  const fromBrowser = acceptedLanguages(signals.acceptLanguage).find(offers);
  return (fromBrowser as Locale | undefined) ?? defaultLocale;
}

/** `path?query` with `lang` set to `locale` (the switch's and the hreflang links' twin URL); without `lang` when `locale` is undefined. */
export function twinPath(pathWithQuery: string, locale: Locale | undefined): string {
  const url = new URL(pathWithQuery || "/", "http://twin.invalid");
  url.searchParams.delete("_rsc");
  if (locale) url.searchParams.set(LANG_PARAM, locale);
  else url.searchParams.delete(LANG_PARAM);
  return `${url.pathname}${url.search}`;
}

/** The staff console stays English (the broker's internal tool). */
export function isEnglishOnlyPath(path: string): boolean {
  return path === "/staff" || path.startsWith("/staff/") || path.startsWith("/staff?");
}
