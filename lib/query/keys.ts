/**
 * Query key factory: every React Query key in the app comes from here, so that
 * invalidation after a mutation can target a whole family (e.g. all timelines).
 */
export const queryKeys = {
  all: ["answerable"] as const,
  timelines: () => [...queryKeys.all, "timeline"] as const,
  timeline: (scope: { kind: "member" | "department"; id: number }, filters: Record<string, string | undefined>) =>
    [...queryKeys.timelines(), scope.kind, scope.id, filters] as const,
  searches: () => [...queryKeys.all, "search"] as const,
  search: (params: Record<string, string | undefined>) => [...queryKeys.searches(), params] as const,
  questions: () => [...queryKeys.all, "question"] as const,
  question: (id: number) => [...queryKeys.questions(), id] as const,
};
