"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useSearch } from "@/lib/query/use-search";
import {
  searchParamsSchema,
  searchQueryRecord,
  searchQueryString,
  type SearchField,
  type SearchFormValues,
} from "@/lib/validation/search-params";
import { SearchForm, type Option } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

type Props = {
  /** What the URL asked for, bad values already dropped (see parseSearchParamsLenient). */
  initialValues: SearchFormValues;
  /** Why parts of the URL were ignored. */
  urlNotices: string[];
  members: Option[];
  departments: Option[];
};

const DEBOUNCE_MS = 300;

/**
 * The search form and its results. Server-rendered from the prefetched first
 * result (so it reads without JavaScript); in the browser it searches as the
 * user types and keeps the URL in step so the address can be shared.
 */
export function SearchPanel({ initialValues, urlNotices, members, departments }: Props) {
  const [values, setValues] = useState(initialValues);
  const [settled, setSettled] = useState(initialValues);
  const initialQs = searchQueryString(initialValues);
  // What the address bar holds, and every query this component put there.
  const urlQs = useRef(initialQs);
  const replaced = useRef(new Set<string>([initialQs]));

  useEffect(() => {
    if (searchQueryString(values) === searchQueryString(settled)) return;
    const t = setTimeout(() => setSettled(values), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [values, settled]);

  const record = searchQueryRecord(settled);
  const qs = searchQueryString(settled);
  const check = searchParamsSchema.safeParse(record);
  const errors: Partial<Record<SearchField, string>> = {};
  if (!check.success) {
    for (const issue of check.error.issues) {
      const f = issue.path[0] as SearchField | undefined;
      if (f && !errors[f]) errors[f] = `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
    }
  }
  const valid = check.success;
  const hasCriteria = Object.keys(record).some((k) => k !== "order" && k !== "page");
  const { data, error, isFetching, isPlaceholderData } = useSearch(record, { enabled: valid && hasCriteria });

  useEffect(() => {
    if (!valid || qs === urlQs.current) return;
    urlQs.current = qs;
    replaced.current.add(qs);
    // The native History API keeps Next's router in step without re-rendering the
    // server page, which would run every search a second time.
    window.history.replaceState(window.history.state, "", qs ? `/search?${qs}` : "/search");
  }, [qs, valid]);

  // A navigation this component did not make (a link to /search, back/forward):
  // start again from what the server read in the URL.
  useEffect(() => {
    if (initialQs === urlQs.current) {
      replaced.current = new Set([initialQs]);
      return;
    }
    if (replaced.current.has(initialQs)) return;
    urlQs.current = initialQs;
    replaced.current = new Set([initialQs]);
    setValues(initialValues);
    setSettled(initialValues);
    // initialValues is a new object on every server render; its query string is the identity.
  }, [initialQs]);

  const update = (field: SearchField, value: string) =>
    setValues((v) => ({ ...v, [field]: value, page: field === "page" ? value : "" }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSettled(values);
  };

  const onPage = (page: number) => {
    const next = { ...settled, page: page > 1 ? String(page) : "" };
    setValues(next);
    setSettled(next);
    document.getElementById("search-results")?.scrollIntoView({ block: "start" });
  };

  const onRefine = (patch: Partial<SearchFormValues>) => {
    const next = { ...settled, ...patch, page: "" };
    setValues(next);
    setSettled(next);
    document.getElementById("search-results")?.scrollIntoView({ block: "start" });
  };

  const untouched = searchQueryString(values) === initialQs;
  const notices = [...(untouched ? urlNotices : []), ...(data?.notices ?? [])];

  return (
    <div className="search-panel">
      <SearchForm values={values} errors={errors} members={members} departments={departments} onChange={update} onSubmit={onSubmit} />

      {notices.length ? (
        <div className="alert alert--notice" role="status">
          {notices.length === 1 ? (
            <p className="search-notice">{notices[0]}</p>
          ) : (
            <ul className="search-notice">
              {notices.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {error && valid ? (
        <div className="alert alert--error" role="alert">
          Search failed: {error.message}
        </div>
      ) : null}

      {!hasCriteria ? (
        <p className="muted">Type a word or two, or choose a filter, to find questions and the answers they got.</p>
      ) : data ? (
        <SearchResults result={data} values={settled} busy={isFetching && isPlaceholderData} onPage={onPage} onRefine={onRefine} />
      ) : isFetching ? (
        <p className="muted" role="status">
          Searching…
        </p>
      ) : null}
    </div>
  );
}
