/**
 * The shape of a benchmark query. A query is what a user would type (`q`)
 * plus the search form's filters. Filters name members and departments by
 * their UK Parliament ids (stable across corpora); the benchmark resolves
 * them to database ids. `fieldQ` writes the same search with the filters as
 * field syntax inside q (`asylum dept:"home office"`, `date:2025-11`,
 * `has:unresolved`; see lib/search/query-filters.ts): `--field-syntax` runs
 * those instead of the option form. Members have no fieldQ: in a generated
 * corpus most are known by id only ("Member 4519").
 */
export type QueryKind = "common" | "rare" | "phrase" | "words" | "prefix" | "boolean" | "filter" | "zero";

export type QueryStatus = "TABLED" | "HOLDING" | "ANSWERED" | "CORRECTED" | "WITHDRAWN" | "OVERDUE";

export type QueryFilters = {
  /** UK Parliament id of the asking member. */
  member?: number;
  /** UK Parliament id of the answering body. */
  dept?: number;
  /** Tabled from / to, YYYY-MM-DD inclusive. */
  from?: string;
  to?: string;
  status?: QueryStatus;
  unresolved?: boolean;
};

export type BenchQuery = {
  kind: QueryKind;
  q?: string;
  filters?: QueryFilters;
  fieldQ?: string;
};

/** A label for tables and JSON: the words and filters in one line. */
export function queryLabel(query: BenchQuery): string {
  const f = query.filters ?? {};
  const parts = [query.q ?? ""];
  for (const [k, v] of Object.entries(f)) if (v !== undefined) parts.push(`${k}=${v}`);
  return parts.filter(Boolean).join(" ") || "(browse)";
}

/** Checks a mix: every query searches for something, filters are well formed. Returns the problems. */
export function checkMix(mix: readonly BenchQuery[]): string[] {
  const problems: string[] = [];
  const day = /^\d{4}-\d{2}-\d{2}$/;
  mix.forEach((m, i) => {
    const where = `#${i} ${queryLabel(m)}`;
    if (!m.q?.trim() && !m.filters) problems.push(`${where}: neither words nor filters`);
    if (m.kind === "filter" && !m.filters) problems.push(`${where}: a filter query without filters`);
    if (m.filters?.from && !day.test(m.filters.from)) problems.push(`${where}: from is not YYYY-MM-DD`);
    if (m.filters?.to && !day.test(m.filters.to)) problems.push(`${where}: to is not YYYY-MM-DD`);
    if (m.filters?.from && m.filters.to && m.filters.from > m.filters.to) problems.push(`${where}: from after to`);
  });
  return problems;
}
