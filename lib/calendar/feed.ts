import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import type { Booking, CustomerRef } from "@/lib/imin/order-types";
import { getUpcomingBookings } from "@/lib/imin/orders";
import { calendarText } from "./ics";

/** A feed lists at most this many pages of upcoming bookings (100 bookings). */
const MAX_PAGES = 10;

export function calendarOptions() {
  const broker = getBrokerConfig();
  let uidDomain = "imin-portal";
  try {
    uidDomain = new URL(broker.homeUrl).hostname || uidDomain;
  } catch {
    // a relative home URL: keep the default domain
  }
  return { brokerName: broker.name, uidDomain, portalUrl: getEnv().PORTAL_URL };
}

/** Every upcoming booking: page 1 first (it says how many pages), the rest in parallel. */
export async function allUpcomingBookings(customer: CustomerRef): Promise<Booking[]> {
  const first = await getUpcomingBookings(customer, 1);
  const last = Math.min(first.hasNext ? Math.max(first.totalPages, 2) : 1, MAX_PAGES);
  const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => getUpcomingBookings(customer, i + 2).then((p) => p.items)));
  return [...first.items, ...rest.flat()];
}

export async function customerCalendar(customer: CustomerRef): Promise<string> {
  return calendarText(await allUpcomingBookings(customer), calendarOptions());
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
