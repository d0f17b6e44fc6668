import { PageHeader } from "@/components/ui/page-header";
import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <>
      <PageHeader title="Your bookings" />
      <SkeletonList rows={4} label="Loading your bookings…" />
    </>
  );
}
