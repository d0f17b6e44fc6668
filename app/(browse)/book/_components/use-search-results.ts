"use client";

import useSWR from "swr";
import type { SearchResults } from "@/lib/book/search-state";

class SearchFailed extends Error {}

async function fetchResults(url: string): Promise<SearchResults> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw new SearchFailed(body?.message ?? "The search could not be completed. Please try again.");
  return body as SearchResults;
}

/**
 * The results for a search query string, from /api/search. The server's first render is used
 * while the query is still the one it searched for; the previous list stays while a new one loads.
 */
export function useSearchResults(query: string, initial: { query: string; results?: SearchResults }) {
  return useSWR<SearchResults, Error>(`/api/search?${query}`, fetchResults, {
    fallbackData: query === initial.query ? initial.results : undefined,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
}
