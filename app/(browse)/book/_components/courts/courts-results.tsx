import Link from "next/link";
import { DataAttribution } from "@/components/attribution";
import { EmptyState } from "@/components/ui/empty-state";
import type { CourtsResults as Results } from "@/lib/facilities/grid";
import { AvailabilityGrid } from "./availability-grid";
import { GridNavigation } from "./grid-navigation";

/** The grid for a venue day, venue by venue (nearest and soonest first, as imin orders them). */
export function CourtsResults({
  results,
  dayLabel,
  activity,
  nextHref,
  previousHref,
}: {
  results: Results;
  dayLabel: string;
  activity?: string;
  nextHref?: string;
  previousHref?: string;
}) {
  if (results.venues.length === 0) {
    return (
      <EmptyState title={`No ${activity ? `${activity} ` : ""}slots found for ${dayLabel}`}>
        Try another day, a longer time range or a wider distance.
      </EmptyState>
    );
  }
  return (
    <GridNavigation className="space-y-8">
      <p className="text-sm text-gray-700">
        {dayLabel}. All times are the venue's local time ({results.zone}). Choose a time to see the prices and book.
      </p>
      {results.venues.map((venue) => (
        <section key={venue.key} aria-labelledby={`venue-${venue.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`} data-testid="courts-venue">
          <h2 id={`venue-${venue.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`} className="text-lg font-semibold">
            {venue.name}
          </h2>
          <p className="text-sm text-gray-700">
            {[venue.locality, venue.distanceKm !== undefined ? `${venue.distanceKm.toFixed(1)} km away` : undefined, venue.provider]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {venue.facilities.map((grid) => (
            <AvailabilityGrid key={grid.key} grid={grid} venue={venue.name} dayLabel={dayLabel} zone={results.zone} />
          ))}
          <DataAttribution sources={venue.sources ?? []} className="mt-2" />
        </section>
      ))}
      {nextHref || previousHref ? (
        <nav aria-label="More venues" className="flex gap-4">
          {previousHref ? (
            <Link href={previousHref} prefetch={false} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
              Previous venues
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} prefetch={false} className="inline-flex min-h-11 items-center text-link underline underline-offset-4">
              More venues
            </Link>
          ) : null}
        </nav>
      ) : null}
    </GridNavigation>
  );
}
