import "server-only";
import { Fragment, createElement, type ReactNode } from "react";
import { getBrokerConfig } from "@/lib/broker/config";
import { isLocale, LANG_PARAM, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { portalUrl } from "@/lib/portal-url";

/** `t` for the mail namespace, with whole keys (`t("mail.resetPassword.heading")`), so each template names what it uses. */
export type MailT = (key: `mail.${string}`, values?: Record<string, string | number | Date>) => string;

export async function mailTranslator(locale: Locale): Promise<MailT> {
  const t = await translatorFor(locale, "mail");
  return (key, values) => t(key.slice("mail.".length), values);
}

/**
 * The language to write to a login in: its stored choice when the broker still offers it, else
 * `fallback` (the request's language, for a login that has not chosen yet) when offered, else the
 * broker's default.
 */
export function recipientLocale(stored: string | null | undefined, fallback?: string | null): Locale {
  const broker = getBrokerConfig();
  for (const candidate of [stored, fallback]) if (isLocale(candidate) && broker.locales.includes(candidate)) return candidate;
  return broker.defaultLocale;
}

/** A portal link in a mail: absolute, and opening the page in the mail's language (`?lang=`). */
export function mailPortalUrl(path: string, locale: Locale): string {
  const url = new URL(portalUrl(path));
  url.searchParams.set(LANG_PARAM, locale);
  return url.toString();
}

const MARK = "\u0001";

/**
 * A translated sentence with elements inside it (a link in the middle of the words): each
 * `{name}` of `parts` is translated as a marker, then replaced by its element.
 */
export function withParts(
  t: MailT,
  key: `mail.${string}`,
  parts: Record<string, ReactNode>,
  values: Record<string, string | number> = {},
): ReactNode {
  const markers = Object.fromEntries(Object.keys(parts).map((name) => [name, `${MARK}${name}${MARK}`]));
  const pieces = t(key, { ...values, ...markers }).split(MARK);
  // Odd pieces are the names between markers.
  return pieces.map((piece, i) => createElement(Fragment, { key: i }, i % 2 === 1 ? (parts[piece] ?? piece) : piece));
}
