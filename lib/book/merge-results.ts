import type { SearchResults } from "./search-state";

/**
 * Classes and the swimming and gym timetable, as one list: the same page of each search merged in
 * start-time order (a session both return appears once). There is a next page while either has one.
 */
export function mergeResults(a: SearchResults, b: SearchResults): SearchResults {
  const byId = new Map<string, SearchResults["items"][number]>();
  for (const s of [...a.items, ...b.items]) if (!byId.has(s.sessionId)) byId.set(s.sessionId, s);
  const items = [...byId.values()].sort((x, y) => Date.parse(x.startDate) - Date.parse(y.startDate));
  const totalPages = a.totalPages !== undefined && b.totalPages !== undefined ? Math.max(a.totalPages, b.totalPages) : undefined;
  return {
    items,
    total: a.total !== undefined && b.total !== undefined ? a.total + b.total : undefined,
    page: a.page,
    totalPages,
    hasNext: a.hasNext || b.hasNext,
  };
}
