"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { searchHref, type SearchFilters, type SearchResults } from "@/lib/book/search-state";

/**
 * Previous/next links for the search results. Real links (`?page=`), so every page can be linked
 * to; a plain click goes to `onPage` instead of a full load.
 */
export function SearchPager({
  results,
  filters,
  onPage,
}: {
  results?: SearchResults;
  filters: SearchFilters;
  onPage: (page: number) => void;
}) {
  const t = useTranslations("book.search");
  const tPager = useTranslations("common.pager");
  if (!results || !(results.page > 1 || results.hasNext)) return null;
  const toPage = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onPage(page);
  };
  return (
    <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between gap-4 text-sm">
      {results.page > 1 ? (
        <a
          href={searchHref({ ...filters, page: results.page - 1 })}
          onClick={toPage(results.page - 1)}
          className="font-medium text-link underline underline-offset-4"
          rel="prev"
        >
          {t("previousPage")}
        </a>
      ) : (
        <span />
      )}
      <span>
        {results.totalPages ? tPager("pageOf", { page: results.page, total: results.totalPages }) : t("page", { page: results.page })}
      </span>
      {results.hasNext ? (
        <a
          href={searchHref({ ...filters, page: results.page + 1 })}
          onClick={toPage(results.page + 1)}
          className="font-medium text-link underline underline-offset-4"
          rel="next"
        >
          {t("nextPage")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
