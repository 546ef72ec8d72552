import type { MouseEvent } from "react";
import type { SearchFacets } from "@/lib/data/search-facets";
import { STATUS_LABELS } from "@/lib/domain/question-status";
import { searchQueryString, type SearchFormValues } from "@/lib/validation/search-params";

type Props = {
  facets: SearchFacets;
  approximate: boolean;
  /** The values the results were searched with: each link adds one filter to them. */
  values: SearchFormValues;
  /** With JavaScript: apply the filter in place instead of loading a new page. */
  onRefine?: (patch: Partial<SearchFormValues>) => void;
};

type Entry = { key: string; label: string; count: number; patch: Partial<SearchFormValues>; current: boolean };

/** How the results split by department, member, year and status; each value links to the results narrowed to it. */
export function SearchFacetsView({ facets, approximate, values, onRefine }: Props) {
  const groups: { title: string; entries: Entry[] }[] = [
    {
      title: "Department",
      entries: facets.department.map((d) => ({ key: `d${d.id}`, label: d.name, count: d.count, patch: { dept: String(d.id) }, current: values.dept === String(d.id) })),
    },
    {
      title: "Member",
      entries: facets.member.map((m) => ({ key: `m${m.id}`, label: m.name, count: m.count, patch: { member: String(m.id) }, current: values.member === String(m.id) })),
    },
    {
      title: "Year tabled",
      entries: facets.year.map((y) => {
        const patch = yearPatch(y.year, values);
        return { key: `y${y.year}`, label: String(y.year), count: y.count, patch, current: patch.from === values.from && patch.to === values.to };
      }),
    },
    {
      title: "Status",
      entries: facets.status.map((s) => ({ key: `s${s.status}`, label: STATUS_LABELS[s.status], count: s.count, patch: { status: s.status }, current: values.status === s.status })),
    },
  ].filter((g) => g.entries.length > 0);
  if (!groups.length) return null;

  const count = (n: number) => `${approximate ? "≈ " : ""}${n.toLocaleString("en-GB")}`;
  return (
    <aside className="search-facets" aria-labelledby="search-facets-title">
      <h2 id="search-facets-title">Refine results</h2>
      {approximate ? <p className="hint">≈ Counts estimated from a sample of the results.</p> : null}
      {groups.map((g) => (
        <section key={g.title} className="search-facets__group">
          <h3>{g.title}</h3>
          <ul>
            {g.entries.map((e) => (
              <li key={e.key}>
                {e.current ? (
                  <span aria-current="true" className="search-facets__current">
                    {e.label}
                  </span>
                ) : (
                  <a href={hrefOf({ ...values, ...e.patch, page: "" })} onClick={onRefine ? refine(onRefine, e.patch) : undefined}>
                    {e.label}
                  </a>
                )}{" "}
                <span className="search-facets__count muted">{count(e.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

function hrefOf(values: SearchFormValues): string {
  const qs = searchQueryString(values);
  return qs ? `/search?${qs}` : "/search";
}

function refine(onRefine: (patch: Partial<SearchFormValues>) => void, patch: Partial<SearchFormValues>) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onRefine(patch);
  };
}

/** The year, within any tabled-from/to dates already set (the counts were taken within them). */
function yearPatch(year: number, values: SearchFormValues): Pick<SearchFormValues, "from" | "to"> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return {
    from: values.from && values.from > first ? values.from : first,
    to: values.to && values.to < last ? values.to : last,
  };
}
