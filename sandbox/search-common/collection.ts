import { DEFAULT_LIMIT } from "./query";

/** Above this, `imin:totalItems` is approximate (rounded to two significant figures), as imin's is. */
const EXACT_TOTAL_UP_TO = 100;

export function approximateTotal(total: number): number {
  if (total <= EXACT_TOTAL_UP_TO) return total;
  const magnitude = 10 ** (Math.floor(Math.log10(total)) - 1);
  return Math.round(total / magnitude) * magnitude;
}

/** The page a search asked for, with imin's defaults. */
export function paging(q: { limit?: number; page?: number }): { page: number; limit: number } {
  return { page: q.page ?? 1, limit: q.limit ?? DEFAULT_LIMIT };
}

export function pageItems<T>(all: T[], page: number, limit: number): T[] {
  return all.slice((page - 1) * limit, page * limit);
}

type PageLink = (page: number | "{page}") => string;

/** Links to each page of `base`: the request's parameters (in their order) with `limit` and `page` set. */
export function pageLinkOf(base: string, search: string | URLSearchParams, limit: number): PageLink {
  const params = new URLSearchParams(search);
  params.set("limit", String(limit));
  return (page) => {
    params.set("page", String(page));
    return `${base}?${params.toString().replace("%7Bpage%7D", "{page}")}`;
  };
}

interface CollectionPage {
  context: string[];
  link: PageLink;
  page: number;
  limit: number;
  total: number;
  /** `imin:totalItems`: the total itself unless the API rounds it. */
  totalItems?: number;
  /** The page `previous` links to; by default, past the last page it leads back to the last page. */
  previous?: number;
  items: unknown[];
}

/** An `imin:RestrictedCollection` page with its `PartialCollectionView` paging links. */
export function restrictedCollection(p: CollectionPage) {
  const { link, page, limit } = p;
  const totalPages = Math.ceil(p.total / limit);
  const view = {
    type: "PartialCollectionView",
    id: link(page),
    first: link(1),
    last: link(Math.max(1, totalPages)),
    next: page < totalPages ? link(page + 1) : undefined,
    previous: page > 1 ? link(p.previous ?? Math.min(page - 1, Math.max(1, totalPages))) : undefined,
    urlTemplate: link("{page}"),
    "imin:currentPage": page,
    "imin:itemsPerPage": limit,
    "imin:totalPages": totalPages,
  };
  return {
    "@context": p.context,
    type: "imin:RestrictedCollection",
    id: view.id,
    "imin:totalItems": p.totalItems ?? p.total,
    view,
    "imin:item": p.items,
  };
}
