import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BookSearch } from "./_components/book-search";
import { BookTabs } from "./_components/courts/book-tabs";
import { CourtsTab } from "./_components/courts/courts-tab";
import { exactActivity } from "@/lib/book/activity-match";
import { DISTANCES_KM, parseSearchParams, searchHref, toSearchParams, windowDays } from "@/lib/book/search-state";
import { timetableLabels } from "@/lib/book/timetable-format";
import { intlLocale } from "@/lib/i18n/locales";
import { COURT_ACTIVITIES, courtsHref } from "@/lib/facilities/search-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { searchErrorText } from "@/lib/book/search-errors";
import { venueDayKey } from "@/lib/time/venue-time";
import { getActivityLabels, getPlaces, IminError, searchPublicTimetable, searchTimetable } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("book"))("title") };
}

/**
 * The timetable, for customers and visitors alike. The first render is server-side (results
 * included); later searches, days, paging and the back button update the list in place through the
 * client component and /api/search. A visitor sees imin's search as everyone sees it (standard
 * prices, no places marked booked), read once for many views (lib/book/public-reads.ts).
 */
export default async function BookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (params.tab === "courts") return <CourtsTab params={params} signedIn={getCurrentUser()} />;
  // The home's name in the page's language (translations.<locale>.locationName), as the search shows it.
  const broker = await getLocalizedBroker();
  const home = broker.defaultLocation;
  const user = getCurrentUser();
  const placeList = getPlaces();
  const filters = parseSearchParams(params);
  const choices = placeList.then((list) =>
    list.map((p) => ({ ...p, name: p.locality && p.locality !== p.name ? `${p.name}, ${p.locality}` : p.name })),
  );
  // Without JavaScript the form sends the place's name (`place`): a venue imin knows moves the centre.
  const typedPlace = typeof params.place === "string" ? params.place.trim() : "";
  if (typedPlace && typedPlace !== filters.where) {
    const known = await choices;
    const name = exactActivity(typedPlace, [home.name, ...known.map((p) => p.name)]);
    const place = known.find((p) => p.name === name);
    if (name === home.name) Object.assign(filters, { lat: undefined, lng: undefined, where: undefined });
    else if (place) Object.assign(filters, { lat: place.latitude, lng: place.longitude, where: place.name });
  }
  const centre = filters.lat !== undefined && filters.lng !== undefined ? { latitude: filters.lat, longitude: filters.lng } : home;
  const searches = Promise.allSettled([
    user.then((u) => (u ? searchTimetable(u, filters, centre) : searchPublicTimetable(filters, centre))),
  ]);
  const activities = getActivityLabels();
  const signedOut = !(await user);
  const [[results], places] = await Promise.all([searches, choices]);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const failure = results.status === "rejected" && results.reason instanceof IminError ? results.reason : undefined;
  const initialError =
    results.status === "rejected"
      ? searchErrorText(t, { kind: failure?.kind, description: failure?.kind === "refused" ? failure.description : undefined })
      : undefined;
  const today = venueDayKey(new Date().toISOString()) ?? new Date().toISOString().slice(0, 10);
  if (results.status === "rejected" && !(results.reason instanceof IminError)) {
    console.error("book search failed", results.reason instanceof Error ? results.reason.name : "error");
  }

  return (
    <>
      <PageHeader title={t("book.title")} />
      <BookTabs
        current="classes"
        classesHref={searchHref(filters)}
        courtsHref={courtsHref({
          lat: filters.lat,
          lng: filters.lng,
          where: filters.where,
          km: filters.km,
          activity: filters.activity ? exactActivity(filters.activity, COURT_ACTIVITIES) : undefined,
        })}
      />
      {/* The search's words (and its results' attribution) for the client parts: only these of "book". */}
      <ClientMessages pick={["book.attribution", "book.search"]}>
        <BookSearch
          initialQuery={toSearchParams(filters).toString()}
          initialResults={results.status === "fulfilled" ? results.value : undefined}
          initialError={initialError}
          places={places.map((p) => ({ name: p.name, latitude: p.latitude, longitude: p.longitude }))}
          defaultPlace={{ name: home.name, latitude: home.latitude, longitude: home.longitude }}
          activities={await activities}
          today={today}
          unit={broker.distanceUnit}
          labels={timetableLabels(windowDays(today), DISTANCES_KM, broker.distanceUnit, intlLocale(locale))}
          signedOut={signedOut}
        />
      </ClientMessages>
    </>
  );
}
