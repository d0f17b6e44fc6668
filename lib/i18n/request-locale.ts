import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentSession } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { chooseLocale, isEnglishOnlyPath, LANG_PARAM, LOCALE_COOKIE, type Locale } from "./locales";
import { saveLoginLocale } from "./store";

// As proxy.ts: the session cookie's names.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * This request's language (docs/features/languages.md): `?lang=`, the signed-in customer's stored
 * choice, the NEXT_LOCALE cookie, Accept-Language, the broker's default. The stored choice comes
 * with the session's one query (the page asks for the same cached session), so a request without
 * a session cookie reads nothing, and one with it reads nothing more.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const broker = getBrokerConfig();
  const h = await headers();
  const path = h.get("x-portal-path") ?? "/";
  if (isEnglishOnlyPath(path)) return "en";
  if (broker.locales.length === 1) return broker.defaultLocale;
  const query = new URL(path, "http://request.invalid").searchParams.get(LANG_PARAM);
  const jar = await cookies();
  const session = jar.getAll().some((c) => SESSION_COOKIE.test(c.name)) ? await getCurrentSession() : null;
  const stored = session?.user.locale ?? null;
  const locale = chooseLocale(
    { query, stored, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") },
    broker.locales,
    broker.defaultLocale,
  );
  // The switch (a `?lang=` link) stores a signed-in customer's choice, and a login without one takes
  // the language it is first used in (its mail is written in it); prefetches never store anything.
  if (session && (stored === null || (query === locale && stored !== locale)) && !h.get("next-router-prefetch")) {
    await saveLoginLocale(session.user.id, locale);
  }
  return locale;
});
