import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Previous/next links that keep the page in the URL (`?page=`), so every page can be linked to. */
export function Pager({
  basePath,
  pages: { page, totalPages, hasPrevious, hasNext },
  label,
}: {
  basePath: string;
  /** Where a paged list is: its page, how many there are, and whether there are others each side. */
  pages: { page: number; totalPages: number; hasPrevious: boolean; hasNext: boolean };
  label: string;
}) {
  const t = useTranslations("common.pager");
  if (!hasPrevious && !hasNext) return null;
  const href = (p: number) => (p <= 1 ? basePath : `${basePath}?page=${p}`);
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4">
      {hasPrevious ? (
        <Link href={href(page - 1)} rel="prev" prefetch={false} className={buttonClass("secondary")}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-gray-700" aria-current="page">
        {t("pageOf", { page, total: Math.max(totalPages, page) })}
      </p>
      {hasNext ? (
        <Link href={href(page + 1)} rel="next" prefetch={false} className={buttonClass("secondary")}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
