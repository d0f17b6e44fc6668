"use client";

import useSWR from "swr";
import type { SearchResults } from "@/lib/book/search-state";

/** A failed search: imin's error kind (`/api/search`'s `error`) and, for a refusal, imin's own words. */
class SearchFailed extends Error {
  constructor(
    readonly kind: string | undefined,
    readonly description: string | undefined,
  ) {
    super(`search failed: ${kind ?? "unknown"}`);
  }
}

async function fetchResults(url: string): Promise<SearchResults> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = await res.json().catch(() => undefined);
  if (!res.ok) {
    const kind = typeof body?.error === "string" ? body.error : undefined;
    throw new SearchFailed(kind, kind === "refused" && typeof body?.message === "string" ? body.message : undefined);
  }
  return body as SearchResults;
}

/**
 * The results for a search query string, from /api/search. The server's first render is used
 * while the query is still the one it searched for; the previous list stays while a new one loads.
 */
export function useSearchResults(query: string, initial: { query: string; results?: SearchResults }) {
  return useSWR<SearchResults, SearchFailed>(`/api/search?${query}`, fetchResults, {
    fallbackData: query === initial.query ? initial.results : undefined,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
}
