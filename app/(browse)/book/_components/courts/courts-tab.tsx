import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { parseSearchParams, searchHref } from "@/lib/book/search-state";
import { getBrokerConfig } from "@/lib/broker/config";
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

const NOTICES: Record<string, { title: string; text: string }> = {
  taken: {
    title: "Just taken: pick another",
    text: "Someone booked that slot a moment ago. The grid below shows what is free now.",
  },
  gone: {
    title: "That slot is no longer available",
    text: "It may have started or been withdrawn. The grid below shows what is free now.",
  },
};

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
  const broker = getBrokerConfig();
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
  const dayLabel = formatDate(noon);
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  if (results.status === "rejected" && !(results.reason instanceof IminError)) {
    console.error("courts search failed", results.reason instanceof Error ? results.reason.name : "error");
  }
  const shared = { lat: filters.lat, lng: filters.lng, where: filters.where, km: filters.km };

  return (
    <>
      <PageHeader title="Book a court or pitch" description={`Find a free court, pitch, table or lane and book it with ${broker.name}.`} />
      <BookTabs current="courts" classesHref={searchHref({ ...parseSearchParams({}), ...shared })} courtsHref={courtsHref(shared)} />
      {notice ? (
        <Alert tone="warning" title={notice.title} className="mb-4">
          {notice.text}
        </Alert>
      ) : null}
      {outOfRange ? (
        <Alert tone="info" className="mb-4">
          Slots can be booked from today up to {formatDate(venueTimeToUtcIso(lastDay, "12:00:00"))}, so this shows today instead.
        </Alert>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <CourtsForm
          filters={filters}
          day={day}
          today={today}
          lastDay={lastDay}
          zone={zoneAbbreviation(noon)}
          places={(places.status === "fulfilled" ? places.value : []).map((p) => ({
            name: p.locality ? `${p.name}, ${p.locality}` : p.name,
            latitude: p.latitude,
            longitude: p.longitude,
          }))}
          defaultPlace={home}
        />
        <div className="min-w-0">
          {results.status === "fulfilled" ? (
            <CourtsResults
              results={results.value}
              dayLabel={dayLabel}
              activity={filters.activity}
              nextHref={results.value.hasNext ? courtsHref({ ...filters, day, page: filters.page + 1 }) : undefined}
              previousHref={filters.page > 1 ? courtsHref({ ...filters, day, page: filters.page - 1 }) : undefined}
            />
          ) : (
            <Alert tone="error" title="Courts can't be searched right now">
              {results.reason instanceof IminError
                ? results.reason.customerMessage
                : "The search could not be completed. Please try again."}
            </Alert>
          )}
        </div>
      </div>
    </>
  );
}
