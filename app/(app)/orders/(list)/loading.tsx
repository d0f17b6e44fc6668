import { BookingsTabs } from "@/components/shell/bookings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <>
      <PageHeader title="Past bookings and receipts" description="Everything you have booked, with its receipts, newest first." />
      <BookingsTabs current="past" />
      {/* A page holds 10 orders: each row is about 130 px tall on a phone, 77 px from sm up. */}
      <SkeletonList rows={10} label="Loading your orders…" rowClassName="h-32 sm:h-[4.5rem]" />
    </>
  );
}
