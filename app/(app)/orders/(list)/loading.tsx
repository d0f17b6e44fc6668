import { PageHeader } from "@/components/ui/page-header";
import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <>
      <PageHeader title="Your orders" />
      <SkeletonList rows={5} label="Loading your orders…" />
    </>
  );
}
