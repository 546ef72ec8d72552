import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SearchResult } from "@/lib/data/search";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

/**
 * Search results for a query record from searchQueryRecord() (the same record
 * keys the server's prefetch, so a server-rendered first page is reused). The
 * previous results stay on screen while the next ones load.
 */
export function useSearch(record: Record<string, string>, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.search(record),
    queryFn: ({ signal }) => fetchJson<SearchResult>(`/api/search?${new URLSearchParams(record).toString()}`, { signal }),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}
