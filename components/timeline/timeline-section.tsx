import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { TimelineCounts } from "@/lib/data/timeline";
import type { TimelinePage } from "@/lib/domain/timeline";
import { getQueryClient } from "@/lib/query/query-client";
import { timelineQueryOptions, type TimelineScopeRef } from "@/lib/query/use-timeline";
import { timelineFilterStrings, type TimelineParams } from "@/lib/validation/timeline-params";
import { TimelineCountsList } from "@/components/timeline/timeline-counts";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { TimelineView } from "@/components/timeline/timeline-view";

type Props = {
  scope: TimelineScopeRef;
  basePath: string;
  params: TimelineParams;
  /** Params the page dropped because they did not parse. */
  invalid: { field: string; message: string }[];
  counts: TimelineCounts;
  firstPage: TimelinePage;
  departments?: { id: number; name: string }[];
};

/**
 * Counts, filters and the timeline of a member or a department page. The first
 * page is seeded into a fresh query client and handed to the browser through
 * HydrationBoundary: newer than anything cached there, so it wins.
 */
export function TimelineSection({ scope, basePath, params, invalid, counts, firstPage, departments }: Props) {
  const filters = timelineFilterStrings(params);
  const startCursor = params.cursor ?? null;
  const queryClient = getQueryClient();
  queryClient.setQueryData(timelineQueryOptions(scope, filters, startCursor).queryKey, { pages: [firstPage], pageParams: [startCursor] });

  return (
    <>
      {invalid.length ? (
        <div className="alert alert--notice" role="status">
          <p>Some filters in the address were not understood and have been ignored:</p>
          <ul>
            {invalid.map((i) => (
              <li key={i.field}>
                <strong>{i.field}</strong>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TimelineCountsList counts={counts} />
      <TimelineFilters basePath={basePath} values={params} departments={departments} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TimelineView scope={scope} filters={filters} startCursor={startCursor} basePath={basePath} />
      </HydrationBoundary>
    </>
  );
}
