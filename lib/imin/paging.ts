import type { z } from "zod";
import type { collectionView } from "./schemas";

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems?: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Reads `?page=`: anything malformed or out of range becomes a sensible page (1, or capped). */
export function parsePageParam(raw: string | string[] | undefined | null, max = 10_000): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return 1;
  const trimmed = value.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return 1;
  const n = Number(trimmed);
  if (n < 1) return 1;
  return Math.min(n, max);
}

type View = z.infer<typeof collectionView>;

/**
 * Paging from a RestrictedCollection, read defensively: imin's own example contradicts itself, so
 * a next page exists if either `next` or `imin:totalPages` says so, and never beyond an empty page.
 */
export function mapPage<P, T>(
  payload: { "imin:totalItems"?: number; view?: View; "imin:item": P[] },
  requestedPage: number,
  map: (item: P) => T,
): Page<T> {
  const view = payload.view;
  const page = view?.["imin:currentPage"] && view["imin:currentPage"] >= 1 ? Math.floor(view["imin:currentPage"]) : requestedPage;
  const perPage = view?.["imin:itemsPerPage"] && view["imin:itemsPerPage"] > 0 ? view["imin:itemsPerPage"] : 10;
  const totalItems = payload["imin:totalItems"];
  const fromItems = totalItems !== undefined ? Math.ceil(totalItems / perPage) : undefined;
  const declared = view?.["imin:totalPages"];
  const items = payload["imin:item"].map(map);
  // imin's totals disagree at times; trust the larger (an overshoot lands on an empty page, handled by callers).
  const totalPages = Math.max(1, Math.floor(Math.max(declared ?? 0, fromItems ?? 0)), items.length > 0 ? page : 1);
  const hasNext = items.length > 0 && (page < totalPages || (!!view?.next && items.length >= perPage));
  return {
    items,
    page,
    totalPages: hasNext ? Math.max(totalPages, page + 1) : totalPages,
    totalItems,
    hasPrevious: page > 1,
    hasNext,
  };
}
