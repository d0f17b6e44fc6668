import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { parseSearchParams, searchHref } from "@/lib/book/search-state";
import { searchErrorText } from "@/lib/book/search-errors";
import { intlLocale } from "@/lib/i18n/locales";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { courtsHref, parseCourtParams } from "@/lib/facilities/search-state";
import { zoneAbbreviation } from "@/lib/facilities/time-labels";
import { formatDate } from "@/lib/format";
import { IminError } from "@/lib/imin/errors";
import { venueDayKey, venueTimeToUtcIso } from "@/lib/time/venue-time";
import { getPlaces, searchCourts, searchPublicCourts } from "../../data";
import { BookTabs } from "./book-tabs";
import { CourtsForm } from "./courts-form";
import { CourtsResults } from "./courts-results";

const SEARCHABLE_DAYS = 14;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The slot page sends a customer back here (`?notice=`) when the slot they chose went. */
const NOTICES = ["taken", "gone"] as const;

/**
 * The "Courts and pitches" tab of /book: one Facilities API `upcoming-slots` call for the venue day,
 * grouped by venue. Server-rendered from the URL; an imin outage shows a message here, not an error page.
 * Nothing on it is a customer's: a visitor's view shares its imin read with other visitors'.
 */
export async function CourtsTab({
  params,
  signedIn,
}: {
  params: Record<string, string | string[] | undefined>;
  signedIn: Promise<unknown>;
}) {
  const [broker, locale, t, tRoot] = await Promise.all([
    getLocalizedBroker(),
    getLocale(),
    getTranslations("book.courts"),
    getTranslations(),
  ]);
  const intl = intlLocale(locale);
  const home = broker.defaultLocation;
  const filters = parseCourtParams(params);
  const today = venueDayKey(new Date().toISOString())!;
  const lastDay = addDays(today, SEARCHABLE_DAYS - 1);
  const outOfRange = filters.day !== undefined && (filters.day < today || filters.day > lastDay);
  const day = filters.day && !outOfRange ? filters.day : today;
  const centre = filters.lat !== undefined && filters.lng !== undefined ? { latitude: filters.lat, longitude: filters.lng } : home;
  const search = (await signedIn) ? searchCourts : searchPublicCourts;
  const searches = Promise.allSettled([search({ ...filters, day }, day, centre), getPlaces()]);
  const [results, places] = await searches;
  const noon = venueTimeToUtcIso(day, "12:00:00");
  const dayLabel = formatDate(noon, undefined, intl);
  const zone = zoneAbbreviation(noon, intl);
  const noticeKind = NOTICES.find((n) => n === params.notice);
  const notice =
    noticeKind === "taken"
      ? { title: t("taken.title"), text: t("taken.text") }
      : noticeKind === "gone"
        ? { title: t("gone.title"), text: t("gone.text") }
        : undefined;
  if (results.status === "rejected" && !(results.reason instanceof IminError)) {
    console.error("courts search failed", results.reason instanceof Error ? results.reason.name : "error");
  }
  const failure =
    results.status === "rejected" && results.reason instanceof IminError
      ? { kind: results.reason.kind, description: results.reason.kind === "refused" ? results.reason.description : undefined }
      : undefined;
  const shared = { lat: filters.lat, lng: filters.lng, where: filters.where, km: filters.km };

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { broker: broker.name })} />
      <BookTabs current="courts" classesHref={searchHref({ ...parseSearchParams({}), ...shared })} courtsHref={courtsHref(shared)} />
      {notice ? (
        <Alert tone="warning" title={notice.title} className="mb-4">
          {notice.text}
        </Alert>
      ) : null}
      {outOfRange ? (
        <Alert tone="info" className="mb-4">
          {t("outOfRange", { date: formatDate(venueTimeToUtcIso(lastDay, "12:00:00"), undefined, intl) })}
        </Alert>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <CourtsForm
          filters={filters}
          day={day}
          today={today}
          lastDay={lastDay}
          zone={zone}
          places={(places.status === "fulfilled" ? places.value : []).map((p) => ({
            name: p.locality ? `${p.name}, ${p.locality}` : p.name,
            latitude: p.latitude,
            longitude: p.longitude,
          }))}
          defaultPlace={home}
        />
        <div className="min-w-0">
          {results.status === "fulfilled" ? (
            // The grid cells' words, for the client part that draws them: only these of "book".
            <ClientMessages pick={["book.slotCell"]}>
              <CourtsResults
                results={results.value}
                dayLabel={dayLabel}
                zone={zone}
                activity={filters.activity}
                nextHref={results.value.hasNext ? courtsHref({ ...filters, day, page: filters.page + 1 }) : undefined}
                previousHref={filters.page > 1 ? courtsHref({ ...filters, day, page: filters.page - 1 }) : undefined}
              />
            </ClientMessages>
          ) : (
            <Alert tone="error" title={t("unavailable")}>
              {searchErrorText(tRoot, failure)}
            </Alert>
          )}
        </div>
      </div>
    </>
  );
}
