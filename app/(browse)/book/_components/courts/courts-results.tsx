import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataAttribution } from "@/components/attribution";
import { EmptyState } from "@/components/ui/empty-state";
import type { CourtsResults as Results } from "@/lib/facilities/grid";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";
import { AvailabilityGrid } from "./availability-grid";
import { GridNavigation } from "./grid-navigation";

/** The grid for a venue day, venue by venue (nearest and soonest first, as imin orders them). */
export function CourtsResults({
  results,
  dayLabel,
  activity,
  nextHref,
  previousHref,
  zone,
}: {
  results: Results;
  dayLabel: string;
  activity?: string;
  nextHref?: string;
  previousHref?: string;
  /** The zone the times are in ("GMT"), in the page's language. */
  zone: string;
}) {
  const t = useTranslations("book.courts");
  const locale = useIntlLocale();
  if (results.venues.length === 0) {
    return (
      <EmptyState title={activity ? t("noSlotsFor", { activity, day: dayLabel }) : t("noSlots", { day: dayLabel })}>
        {t("noSlotsHint")}
      </EmptyState>
    );
  }
  const km = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // imin sent the venue no name: said in the page's language.
  const venueName = (venue: Results["venues"][number]) => venue.name ?? t("venueToBeConfirmed");
  return (
    <GridNavigation className="space-y-8">
      <p className="text-sm text-gray-700">{t("resultsIntro", { day: dayLabel, zone })}</p>
      {results.venues.map((venue) => (
        <section key={venue.key} aria-labelledby={`venue-${venue.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`} data-testid="courts-venue">
          <h2 id={`venue-${venue.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`} className="text-lg font-semibold">
            {venueName(venue)}
          </h2>
          <p className="text-sm text-gray-700">
            {[
              venue.locality,
              venue.distanceKm !== undefined ? t("kmAway", { distance: km.format(venue.distanceKm) }) : undefined,
              venue.provider,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {venue.facilities.map((grid) => (
            <AvailabilityGrid key={grid.key} grid={grid} venue={venueName(venue)} dayLabel={dayLabel} zone={zone} />
          ))}
          <DataAttribution sources={venue.sources ?? []} className="mt-2" />
        </section>
      ))}
      {nextHref || previousHref ? (
        <nav aria-label={t("moreVenues")} className="flex gap-4">
          {previousHref ? (
            <Link href={previousHref} prefetch={false} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
              {t("previousVenues")}
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} prefetch={false} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
              {t("moreVenues")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </GridNavigation>
  );
}
