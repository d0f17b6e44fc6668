import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The shape of the sellers list while imin answers: cards with a logo, a name and two lines. */
export function SellersSkeleton() {
  const t = useTranslations("sellers");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      {Array.from({ length: 4 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
        <div key={i} className="flex gap-4 rounded-lg border border-gray-200 p-5">
          <Skeleton className="h-14 w-14 shrink-0" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-5 w-1/3" />
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-9 w-1/2" />
          </div>
        </div>
      ))}
    </div>
  );
}
