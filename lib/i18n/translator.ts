import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "./locales";

type Catalogue = Record<string, unknown>;

async function catalogue(locale: Locale): Promise<Catalogue> {
  return locale === "cy" ? (await import("@/messages/cy.json")).default : (await import("@/messages/en.json")).default;
}

/**
 * `t` for one namespace outside React (mail, the receipt PDF, calendar entries, jobs), in the
 * recipient's language: `const t = await translatorFor(locale, "mail"); t("reset.subject", { broker })`.
 */
export async function translatorFor(locale: Locale, namespace: string) {
  const messages = await catalogue(locale);
  // The catalogue's keys are not typed (messages/*.json are edited by several areas at once).
  return createTranslator({ locale, messages, namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
