import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { TimelinePage } from "@/lib/domain/timeline";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

export type TimelineScopeRef = { kind: "member" | "department"; id: number };

/** The API path of a timeline: /api/members/:id/timeline or /api/departments/:id/timeline. */
export function timelineApiPath(scope: TimelineScopeRef): string {
  return `/api/${scope.kind === "member" ? "members" : "departments"}/${scope.id}/timeline`;
}

/**
 * Options shared by the server (which seeds the first page into a fresh client
 * for hydration) and the browser (which fetches the pages after it). `filters`
 * are canonical URL strings without the cursor; `startCursor` is where the first
 * page began (null from the top), so a page opened at ?cursor=… has its own key.
 */
export function timelineQueryOptions(scope: TimelineScopeRef, filters: Record<string, string>, startCursor: string | null) {
  return infiniteQueryOptions({
    queryKey: queryKeys.timeline(scope, startCursor ? { ...filters, cursor: startCursor } : filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(filters);
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<TimelinePage>(`${timelineApiPath(scope)}?${params.toString()}`, { signal });
    },
    initialPageParam: startCursor,
    getNextPageParam: (last: TimelinePage) => last.nextCursor,
  });
}

export function useTimeline(scope: TimelineScopeRef, filters: Record<string, string>, startCursor: string | null) {
  return useInfiniteQuery(timelineQueryOptions(scope, filters, startCursor));
}
