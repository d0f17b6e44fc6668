import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { VENUE_TIME_ZONE } from "@/lib/time/venue-time";

// next-intl's per-request configuration (no locale routing: the language comes from lib/i18n/request-locale.ts).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: VENUE_TIME_ZONE,
  };
});
