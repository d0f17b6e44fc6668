import "server-only";
import { courtsHref, COURT_ACTIVITIES } from "@/lib/facilities/search-state";
import type { CustomerRef } from "@/lib/imin/order-types";
import { searchSessions } from "@/lib/imin/events";
import type { SearchCentre } from "@/lib/imin/event-query";
import { getUpcomingBookings } from "@/lib/imin/orders";
import { searchWithEntitlement } from "@/lib/imin/seller-accounts";
import { venueDayKey } from "@/lib/time/venue-time";
import { getActivityLabels } from "./activity-list";
import { exactActivity } from "./activity-match";
import type { SearchFilters, SearchResults } from "./search-state";

const MAX_OTHER_DAYS = 4;

/**
 * The /book timetable for one search: the sessions (priced for the customer), each marked when the
 * customer already holds a place, the Courts tab when the activity is booked by the court, and for
 * an empty day the days that have sessions. Calls: the search (two for swimming or gym), the
 * customer's entitlement filter and one page of their upcoming bookings, all at once; one more
 * search only when a narrowed search found nothing. The activity list is kept per process.
 */
export async function searchTimetable(user: CustomerRef, f: SearchFilters, centre: SearchCentre): Promise<SearchResults> {
  const filters = f.activity ? { ...f, activity: exactActivity(f.activity, await getActivityLabels()) ?? f.activity } : f;
  const [results, booked] = await Promise.all([
    searchWithEntitlement(user, (filter) => searchSessions(filters, centre, filter)),
    bookedSessions(user),
  ]);
  return withCourtsAndOtherDays(
    { ...results, items: results.items.map((s) => (s.identifier && booked.has(s.identifier) ? { ...s, booked: true } : s)) },
    f,
    filters,
    centre,
  );
}

/**
 * The timetable as imin's search answers anyone (a signed-out visitor): no entitlement filter, no
 * places marked as booked; the same Courts tab and other days as a customer's.
 */
export async function searchAsEveryone(f: SearchFilters, centre: SearchCentre): Promise<SearchResults> {
  const filters = f.activity ? { ...f, activity: exactActivity(f.activity, await getActivityLabels()) ?? f.activity } : f;
  return withCourtsAndOtherDays(await searchSessions(filters, centre), f, filters, centre);
}

async function withCourtsAndOtherDays(results: SearchResults, f: SearchFilters, filters: SearchFilters, centre: SearchCentre) {
  const courtActivity = filters.activity ? exactActivity(filters.activity, COURT_ACTIVITIES) : undefined;
  const timetable: SearchResults = {
    ...results,
    courts: courtActivity
      ? { activity: courtActivity, href: courtsHref({ lat: f.lat, lng: f.lng, where: f.where, km: f.km, activity: courtActivity }) }
      : undefined,
  };
  if (timetable.items.length === 0 && f.page === 1 && (f.from || f.to)) timetable.otherDays = await daysWithSessions(filters, centre);
  return timetable;
}

/** The ScheduledSession identifiers of the customer's confirmed upcoming places (one page); none when imin cannot say. */
async function bookedSessions(user: CustomerRef): Promise<Set<string>> {
  try {
    const page = await getUpcomingBookings(user, 1);
    return new Set(page.items.flatMap((b) => (b.status === "confirmed" && b.opportunityIdentifier ? [b.opportunityIdentifier] : [])));
  } catch {
    return new Set();
  }
}

/** The nearest days of the window with sessions for the same search without its dates. */
async function daysWithSessions(f: SearchFilters, centre: SearchCentre): Promise<SearchResults["otherDays"]> {
  try {
    const wide = await searchSessions({ ...f, from: undefined, to: undefined, page: 1, limit: 50 }, centre);
    const counts = new Map<string, number>();
    for (const s of wide.items) {
      const day = venueDayKey(s.startDate);
      if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    const wanted = f.from ?? f.to ?? "";
    const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(wanted));
    return [...counts]
      .map(([day, count]) => ({ day, count }))
      .sort((a, b) => distance(a.day) - distance(b.day) || a.day.localeCompare(b.day))
      .slice(0, MAX_OTHER_DAYS)
      .sort((a, b) => a.day.localeCompare(b.day));
  } catch {
    return [];
  }
}
