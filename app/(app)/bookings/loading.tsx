import { PageHeader, SkeletonList } from "@/components/ui";

export default function Loading() {
  return (
    <>
      <PageHeader title="Your bookings" />
      <SkeletonList rows={4} label="Loading your bookings…" />
    </>
  );
}
