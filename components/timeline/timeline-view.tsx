"use client";

import type { MouseEvent } from "react";
import { TimelineEventItem, type TimelinePerspective } from "@/components/timeline/timeline-event";
import { useTimeline, type TimelineScopeRef } from "@/lib/query/use-timeline";

type Props = {
  scope: TimelineScopeRef;
  /** Canonical filter params without the cursor (see timelineFilterStrings). */
  filters: Record<string, string>;
  /** Where the server-rendered first page began; null from the top. */
  startCursor: string | null;
  /** The page's own path, for links that work without JavaScript. */
  basePath: string;
};

const hrefWith = (basePath: string, filters: Record<string, string>, cursor?: string) => {
  const qs = new URLSearchParams(cursor ? { ...filters, cursor } : filters).toString();
  return qs ? `${basePath}?${qs}` : basePath;
};

/**
 * The timeline list. The first page comes hydrated from the server render; "Load
 * more" is a real link to the next page, which JavaScript turns into an append.
 */
export function TimelineView({ scope, filters, startCursor, basePath }: Props) {
  const { data, error, fetchNextPage, hasNextPage, isFetchingNextPage } = useTimeline(scope, filters, startCursor);
  const pages = data?.pages ?? [];
  const events = pages.flatMap((p) => p.events);
  const nextCursor = pages[pages.length - 1]?.nextCursor ?? null;
  const perspective: TimelinePerspective = scope.kind;

  const onLoadMore = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    if (!isFetchingNextPage) void fetchNextPage();
  };

  return (
    <section aria-labelledby="timeline-heading" aria-busy={isFetchingNextPage}>
      <h2 id="timeline-heading">Timeline</h2>
      {startCursor ? (
        <p className="small">
          Showing later entries. <a href={hrefWith(basePath, filters)}>Back to the start</a>
        </p>
      ) : null}
      {events.length ? (
        <ol className="timeline">
          {events.map((event) => (
            <TimelineEventItem key={event.key} event={event} perspective={perspective} />
          ))}
        </ol>
      ) : (
        <p className="muted">{data ? "Nothing on this timeline matches these filters." : "Loading…"}</p>
      )}
      {error ? (
        <p className="alert alert--error" role="alert">
          The next entries could not be loaded ({error.message}).
        </p>
      ) : null}
      {hasNextPage && nextCursor ? (
        <p className="actions">
          <a className="button button--secondary" href={hrefWith(basePath, filters, nextCursor)} rel="next" onClick={onLoadMore} aria-disabled={isFetchingNextPage || undefined}>
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </a>
        </p>
      ) : events.length ? (
        <p className="muted small">End of the timeline.</p>
      ) : null}
    </section>
  );
}
