import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-gray-200", className)} />;
}

/** A labelled loading region: screen readers hear the label ("Loading…" when none is given), sighted users see the placeholders. */
export function SkeletonRegion({ label, className, children }: { label?: string; className?: string; children: ReactNode }) {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className={className}>
      <span className="sr-only">{label ?? t("loading")}</span>
      {children}
    </div>
  );
}

/**
 * Placeholder rows. `rowClassName` sets their height: a skeleton as tall as what replaces it keeps
 * the content below (the footer) where it is when the page arrives.
 */
export function SkeletonList({ rows = 3, label, rowClassName = "h-20" }: { rows?: number; label?: string; rowClassName?: string }) {
  return (
    <SkeletonRegion label={label} className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered.
        <Skeleton key={i} className={cn("w-full", rowClassName)} />
      ))}
    </SkeletonRegion>
  );
}
