import { PageHeader, SkeletonList } from "@/components/ui";

export default function Loading() {
  return (
    <>
      <PageHeader title="Your orders" />
      <SkeletonList rows={5} label="Loading your orders…" />
    </>
  );
}
