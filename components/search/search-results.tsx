import type { MouseEvent } from "react";
import type { SearchResult } from "@/lib/data/search";
import { searchQueryString, type SearchFormValues } from "@/lib/validation/search-params";
import { SearchResultItemView } from "@/components/search/search-result-item";
import { SearchFacetsView } from "@/components/search/search-facets";

type Props = {
  result: SearchResult;
  /** The values the result was searched with: pagination links keep them. */
  values: SearchFormValues;
  busy?: boolean;
  /** With JavaScript: change page in place instead of loading a new page. */
  onPage?: (page: number) => void;
  /** With JavaScript: apply a facet's filter in place. */
  onRefine?: (patch: Partial<SearchFormValues>) => void;
};

export function SearchResults({ result, values, busy = false, onPage, onRefine }: Props) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const href = (page: number) => {
    const qs = searchQueryString({ ...values, page: page > 1 ? String(page) : "" });
    return qs ? `/search?${qs}` : "/search";
  };
  const link = (page: number, label: string, rel: "prev" | "next") => (
    <a
      href={href(page)}
      rel={rel}
      onClick={
        onPage
          ? (e: MouseEvent<HTMLAnchorElement>) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              onPage(page);
            }
          : undefined
      }
    >
      {label}
    </a>
  );

  return (
    <section id="search-results" aria-labelledby="search-results-count" aria-busy={busy}>
      <p id="search-results-count" className="search-results__count" role="status">
        <strong>{countLabel(result.total, result.totalApproximate === true)}</strong>
        {pages > 1 ? <span className="muted"> · page {result.page} of {result.totalApproximate ? "about " : ""}{pages}</span> : null}
        {busy ? <span className="muted"> · updating…</span> : null}
      </p>
      <div className="search-layout">
        <div className="search-layout__main">
          {result.items.length ? (
            <ol className="list results">
              {result.items.map((item) => (
                <SearchResultItemView key={item.question.id} item={item} />
              ))}
            </ol>
          ) : result.total > 0 ? (
            <p className="muted">No results on this page.</p>
          ) : (
            <p className="muted">Nothing matches. Try fewer words, another spelling, or a prefix such as trac*.</p>
          )}
          {pages > 1 ? (
            <nav className="pagination" aria-label="Search result pages">
              {result.page > 1 ? link(Math.min(result.page - 1, pages), "← Previous", "prev") : null}
              <span className="muted">
                Page {result.page} of {pages}
              </span>
              {result.page < pages ? link(result.page + 1, "Next →", "next") : null}
            </nav>
          ) : null}
        </div>
        {result.facets && result.total > 0 ? (
          <SearchFacetsView facets={result.facets} approximate={result.facetsApproximate === true} values={values} onRefine={onRefine} />
        ) : null}
      </div>
    </section>
  );
}

/** "1 result", "640 results", or for an estimate "about 7,900 results" (two significant figures: the estimate is no closer). */
function countLabel(total: number, approximate: boolean): string {
  if (!approximate) return total === 1 ? "1 result" : `${total.toLocaleString("en-GB")} results`;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(total)) - 1);
  return `about ${(Math.round(total / step) * step).toLocaleString("en-GB")} results`;
}
