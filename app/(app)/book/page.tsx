import type { Metadata } from "next";
import { BookSearch } from "./_components/book-search";
import { BookTabs } from "./_components/courts/book-tabs";
import { CourtsTab } from "./_components/courts/courts-tab";
import { parseSearchParams, searchHref, toSearchParams } from "@/lib/book/search-state";
import { courtsHref } from "@/lib/facilities/search-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { IminError } from "@/lib/imin/errors";
import type { PlaceOption } from "@/lib/imin/event-mapping";
import { getActivityLabels, listPlaces, searchSessions, searchWithEntitlement } from "./data";

export const metadata: Metadata = { title: "Book a session" };

/**
 * Find a session. The first render is server-side (results included); later searches, paging and
 * the back button update the list in place through the client component and /api/search.
 */
export default async function BookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (params.tab === "courts") return <CourtsTab params={params} signedIn={requireUser()} />;
  const broker = getBrokerConfig();
  const filters = parseSearchParams(params);
  const home = broker.defaultLocation;
  const centre = filters.lat !== undefined && filters.lng !== undefined ? { latitude: filters.lat, longitude: filters.lng } : home;
  // In parallel: the venues for the picker, and the search with the customer's entitlement filter
  // (so the list shows their own price beside the public one).
  const user = requireUser();
  const searches = Promise.allSettled([
    user.then((u) => searchWithEntitlement(u, (filter) => searchSessions(filters, centre, filter))),
    listPlaces(home),
  ]);
  const activities = getActivityLabels();
  await user;
  const [results, places] = await searches;
  const placeList: PlaceOption[] = places.status === "fulfilled" ? places.value : [];
  const initialError =
    results.status === "rejected"
      ? results.reason instanceof IminError
        ? results.reason.customerMessage
        : "The search could not be completed. Please try again."
      : undefined;
  if (results.status === "rejected" && !(results.reason instanceof IminError)) {
    console.error("book search failed", results.reason instanceof Error ? results.reason.name : "error");
  }

  return (
    <>
      <PageHeader title="Book a session" description={`Find classes and activities near you and book them with ${broker.name}.`} />
      <BookTabs
        current="classes"
        classesHref={searchHref(filters)}
        courtsHref={courtsHref({ lat: filters.lat, lng: filters.lng, where: filters.where, km: filters.km })}
      />
      <BookSearch
        initialQuery={toSearchParams(filters).toString()}
        initialResults={results.status === "fulfilled" ? results.value : undefined}
        initialError={initialError}
        places={placeList.map((p) => ({
          name: p.locality ? `${p.name}, ${p.locality}` : p.name,
          latitude: p.latitude,
          longitude: p.longitude,
          eventCount: p.eventCount,
        }))}
        defaultPlace={{ name: home.name, latitude: home.latitude, longitude: home.longitude }}
        activities={await activities}
      />
    </>
  );
}
