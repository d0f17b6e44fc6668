import "server-only";
import { getLocale } from "next-intl/server";
import { type BrokerConfig, getBrokerConfig, localizedBroker } from "@/lib/broker/config";
import type { Locale } from "./locales";

/** The broker's configuration with its texts (tagline, words) in this request's language. */
export async function getLocalizedBroker(): Promise<BrokerConfig> {
  return localizedBroker(getBrokerConfig(), (await getLocale()) as Locale);
}
