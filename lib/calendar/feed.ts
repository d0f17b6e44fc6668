import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { getEnv } from "@/lib/env";
import type { CustomerRef } from "@/lib/imin/order-types";
import { allUpcomingBookings } from "@/lib/imin/orders";
import { calendarText } from "./ics";

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
