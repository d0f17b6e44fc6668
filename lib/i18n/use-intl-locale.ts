import { useLocale } from "next-intl";
import { type IntlLocale, intlLocale } from "./locales";

/** The page's `Intl` locale ("en-GB" | "cy-GB") for lib/format, in client and non-async server components. */
export function useIntlLocale(): IntlLocale {
  return intlLocale(useLocale());
}
