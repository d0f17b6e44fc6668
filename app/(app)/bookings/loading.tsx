import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

// Measured: a booking card is 290–410 px tall on a phone, 270–320 px from sm up; a day heading 36 px.
const DAYS = [2, 1];

export default function Loading() {
  return (
    <>
      <PageHeader title="Your bookings" description="Upcoming sessions, earliest first. Times are shown in the venue's local time." />
      <SkeletonRegion label="Loading your bookings…" className="space-y-8">
        {DAYS.map((cards, day) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
          <div key={day}>
            <Skeleton className="mb-3 h-6 w-40" />
            <div className="space-y-4">
              {Array.from({ length: cards }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
                <Skeleton key={i} className="h-80 w-full rounded-lg sm:h-72" />
              ))}
            </div>
          </div>
        ))}
      </SkeletonRegion>
    </>
  );
}
