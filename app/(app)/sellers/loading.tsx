import { SellersSkeleton } from "./_components/sellers-skeleton";

export default function Loading() {
  return <SellersSkeleton />;
}
