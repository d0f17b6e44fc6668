import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  return <SkeletonList rows={3} label="Loading the slot…" />;
}
