import { useTranslations } from "next-intl";
import { BookingsTabs } from "@/components/shell/bookings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

// Measured (30 Nov, the list card): a booking card is 230–490 px tall on a phone (most near 290), 175–330 px from
// sm up (most near 220); a day heading 36 px.
const DAYS = [2, 1];

export default function Loading() {
  const t = useTranslations("bookings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BookingsTabs current="upcoming" />
      <SkeletonRegion label={t("loading")} className="space-y-8">
        {DAYS.map((cards, day) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
          <div key={day}>
            <Skeleton className="mb-3 h-6 w-40" />
            <div className="space-y-4">
              {Array.from({ length: cards }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
                <Skeleton key={i} className="h-72 w-full rounded-lg sm:h-56" />
              ))}
            </div>
          </div>
        ))}
      </SkeletonRegion>
    </>
  );
}
