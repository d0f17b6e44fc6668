import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { CustomerRef } from "@/lib/imin/order-types";
import { allUpcomingBookings } from "@/lib/imin/orders";
import { type CalendarWords, calendarText } from "./ics";

/** The words of the customer's calendar entries, in their language (session and venue names stay as imin sends them). */
async function calendarWords(locale: Locale, brokerName: string): Promise<CalendarWords> {
  const t = await translatorFor(locale, "calendar");
  return {
    language: locale.toUpperCase(),
    calendarName: t("calendarName", { broker: brokerName }),
    cancelledByOrganiser: t("cancelledByOrganiser"),
    cancelledByYou: t("cancelledByYou"),
    summaryCancelled: (title) => t("summaryCancelled", { title }),
    organiser: (name) => t("organiser", { name }),
    ticket: (name) => t("ticket", { name }),
    attendee: (name) => t("attendee", { name }),
    manage: (url) => t("manage", { url }),
  };
}

export async function calendarOptions(locale: Locale) {
  const broker = getBrokerConfig();
  let uidDomain = "imin-portal";
  try {
    uidDomain = new URL(broker.homeUrl).hostname || uidDomain;
  } catch {
    // a relative home URL: keep the default domain
  }
  return { brokerName: broker.name, uidDomain, portalUrl: getEnv().PORTAL_URL, words: await calendarWords(locale, broker.name) };
}

/** The private feed, in the customer's stored language (calendar apps send no cookies or languages). */
export async function customerCalendar(customer: CustomerRef, locale: Locale): Promise<string> {
  return calendarText(await allUpcomingBookings(customer), await calendarOptions(locale));
}

export function icsResponse(body: string, filename?: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      ...(filename ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
