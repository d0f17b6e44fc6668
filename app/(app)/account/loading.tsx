import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  return <SkeletonList rows={5} label="Loading your account…" />;
}
