import { PageHeader, SkeletonList } from "@/components/ui";

export default function Loading() {
  return (
    <>
      <PageHeader title="Your order" />
      <SkeletonList rows={3} label="Loading the order…" />
    </>
  );
}
