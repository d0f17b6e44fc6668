import type { BrokerConfig } from "@/lib/broker/config";
import { portalUrl } from "@/lib/portal-url";
import { isEnglishOnlyPath, twinPath } from "./locales";

/**
 * The page's twin in each language the broker offers, for `alternates.languages` (hreflang links;
 * `x-default`: the URL without `lang`). Undefined when there is nothing to link (one language, the
 * staff console). The root layout sets them; a page that sets `alternates` itself (a canonical URL)
 * replaces the layout's whole `alternates`, so it adds `languages: languageAlternates(broker, path)`.
 */
export function languageAlternates(broker: BrokerConfig, path: string): Record<string, string> | undefined {
  if (broker.locales.length < 2 || isEnglishOnlyPath(path)) return undefined;
  return {
    ...Object.fromEntries(broker.locales.map((l) => [l, portalUrl(twinPath(path, l))])),
    "x-default": portalUrl(twinPath(path, undefined)),
  };
}
