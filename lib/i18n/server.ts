import "server-only";
import { getLocale } from "next-intl/server";
import { type BrokerConfig, getBrokerConfig, localizedBroker } from "@/lib/broker/config";
import { type IntlLocale, intlLocale, type Locale } from "./locales";

/** The page's `Intl` locale ("en-GB" | "cy-GB") for lib/format, in async server components. */
export async function getIntlLocale(): Promise<IntlLocale> {
  return intlLocale(await getLocale());
}

/** The broker's configuration with its texts (tagline, words) in this request's language. */
export async function getLocalizedBroker(): Promise<BrokerConfig> {
  return localizedBroker(getBrokerConfig(), (await getLocale()) as Locale);
}
