import { SellersSkeleton } from "@/components/sellers/sellers-skeleton";

export default function Loading() {
  return <SellersSkeleton />;
}
