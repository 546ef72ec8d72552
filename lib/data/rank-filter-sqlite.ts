import type { SqliteReader } from "@/lib/data/sqlite-reader";
import { gatherableFilters, type SearchSqlFilters, type Sql } from "@/lib/data/search-conditions-sqlite";
import { attrCheck } from "@/lib/data/rank-attrs-sqlite";

/**
 * How the pruned ranking (lib/data/rank-topk-sqlite.ts) applies a search's
 * filter to the rows it meets in the lists:
 *
 * - per row: the rows met are checked on the filterable columns kept in the
 *   rank index (lib/data/rank-attrs.ts, ~0.05 µs a row) where they decide
 *   the filter, otherwise against the question table (a lookup each,
 *   ~1.5 µs) — for filters that pass many questions;
 * - in a set: the filter's questions are gathered first from its indexes
 *   (~0.4 µs each) and rows met outside them cost only their posting;
 * - direct: so few questions that each is scored from its word list and no
 *   list is read.
 *
 * A filter the columns decide is only counted as far as scoring it directly
 * could pay; any other is gathered only when chooseFilterFirst finds it small
 * and gatherable (asked only then: it counts up to 20,000 questions).
 */

export type FilterPlan = {
  /** The filter's questions, to score one by one. */
  direct: number[] | null;
  /** The filter's questions, to check rows met against. */
  inSet: Set<number> | null;
  /** Checks rows (a JSON array of ids) against the filter, returning those that pass; null when not checked per row. */
  passing: ((rowids: number[]) => number[]) | null;
  /** Gathers the filter's questions (a filter checked per row that passes few is gathered after all); null when it cannot be. */
  gather: (() => number[]) | null;
  /** Rows are checked on the rank index's columns: a row that fails costs about what a posting does. */
  cheap: boolean;
  /** Whether the rank index's columns rule a row out (before any other work on it); null without them. */
  fails: ((rowid: number) => boolean) | null;
};

export type FilterOptions = {
  /** chooseFilterFirst's verdict (few enough questions to gather), or how to get it when a plan needs it. */
  filterFirst?: boolean | (() => boolean);
  /** Score one by one up to this many (default directScoringMax). */
  directScoringUpTo?: number;
  /** Check per row from this many questions up (default: see PER_ROW_FROM). */
  checkPerRowFrom?: number;
  /** The filters themselves, checked on the rank index's columns (rows changed since its build in SQL). */
  filters?: SearchSqlFilters;
  today?: Date;
  /** Rows of the search's rarest group (its words' matches are at most these): a filter of many more questions than that is not scored one by one. */
  matchRows?: number;
  /** False: every check in SQL (tests of that path). */
  useColumns?: boolean;
};

/** At most this many questions are gathered for a filter (chooseFilterFirst's own cap). */
const FILTER_SET_CAP = 20_000;

/**
 * With s of n questions passing, some K (~100) best rows of the set lie K·n/s
 * postings deep: checked per row met that is K·n/s lookups of ~1.5 µs,
 * gathered first s·0.4 µs plus K·n/s postings at ~0.1 µs. Per row wins
 * once s² > ~350·n (at 100k questions from ~6,000 passing; at 1M ~19,000).
 */
const PER_ROW_FROM = 350;

/**
 * A filter's questions few enough to score each from its word list (~3 µs a
 * row) rather than meet them in the lists: reading postings until the
 * page's worst passes the bound costs ~0.1 µs each, and with s of n rows
 * passing some hundred best rows of the set lie ~100·n/s postings deep, so
 * scoring the set wins while 3·s < 10·n/s, i.e. s below ~√(3n).
 */
export function directScoringMax(rows: number): number {
  return Math.max(256, Math.round(Math.sqrt(3 * rows)));
}

/**
 * Nor more than this share of the search's rarest group's rows: those lists
 * cost ~0.1 µs a posting read, a question scored ~3 µs, so a word in a few
 * hundred rows is read rather than a member's few hundred questions scored.
 */
const DIRECT_MATCH_SHARE = 8;

/** How rows met are checked against a filter, before any plan: what planFilter's per-row plan holds. */
export type RowCheck = Pick<FilterPlan, "cheap" | "fails"> & { passing: (rowids: number[]) => number[] };

/** The per-row check of a filter: on the rank index's columns where they decide it, else in SQL. `changed`: rows changed since the rank index's build. */
export function rowCheck(reader: SqliteReader, filter: Sql, opts: FilterOptions, changed: ReadonlySet<number>): RowCheck {
  // From the rows to their questions (CROSS JOIN keeps the order): SQLite would otherwise walk a filter's index (status = ANSWERED: most questions).
  const check = reader.statement(`SELECT q."id" FROM json_each(?) j CROSS JOIN "Question" q ON q."id" = j.value WHERE ${filter.sql}`).pluck();
  const inSql = (rowids: number[]) => (rowids.length ? (check.all(JSON.stringify(rowids), ...filter.params) as number[]) : []);
  const columns = opts.filters && opts.useColumns !== false ? attrCheck(reader, opts.filters, changed, opts.today) : null;
  if (!columns) return { passing: inSql, cheap: false, fails: null };
  // The columns settle what they can; SQL the rows changed since the build, and the rest of a filter they cannot decide.
  const passing = (rowids: number[]) => {
    const { pass, undecided } = columns.split(rowids);
    return columns.complete ? [...pass, ...inSql(undecided)] : inSql([...pass, ...undecided]);
  };
  return { passing, cheap: columns.complete, fails: (rowid) => columns.fails(rowid) };
}

/**
 * The plan for this filter over `rows` indexed rows; null when too many
 * questions pass to gather and the columns cannot decide it (FTS5 then
 * ranks). `changed`: rows changed since the rank index's build.
 */
export function planFilter(reader: SqliteReader, filter: Sql | null | undefined, rows: number, opts: FilterOptions, changed: ReadonlySet<number> = new Set()): FilterPlan | null {
  const none: FilterPlan = { direct: null, inSet: null, passing: null, gather: null, cheap: false, fails: null };
  if (!filter) return none;
  const perRowPlan: FilterPlan = { ...none, ...rowCheck(reader, filter, opts, changed) };
  const direct = opts.directScoringUpTo ?? directScoringMax(rows);
  // Counting from the filter's indexes costs ~0.05 µs a question, gathering them ~0.4.
  const count = (cap: number) =>
    reader.statement(`SELECT COUNT(*) FROM (SELECT 1 FROM "Question" q WHERE ${filter.sql} LIMIT ?)`).pluck().get(...filter.params, cap + 1) as number;
  const gather = () => reader.statement(`SELECT q."id" FROM "Question" q WHERE ${filter.sql}`).pluck().all(...filter.params) as number[];
  if (perRowPlan.cheap) {
    // Checked on the columns, a row met costs less than gathering a question
    // would: the only question is whether the filter's questions are few
    // enough to score one by one, counted only that far (chooseFilterFirst
    // counts up to 20,000 and the words' matches too: ~1 ms for a department).
    const upTo = opts.directScoringUpTo ?? (opts.matchRows === undefined ? direct : Math.min(direct, Math.floor(opts.matchRows / DIRECT_MATCH_SHARE)));
    if (!opts.filters || !gatherableFilters(opts.filters) || upTo < 1) return perRowPlan;
    return count(upTo) <= upTo ? { ...none, direct: gather() } : perRowPlan;
  }
  const filterFirst = typeof opts.filterFirst === "function" ? opts.filterFirst() : opts.filterFirst;
  if (!filterFirst) return perRowPlan;
  const size = count(FILTER_SET_CAP);
  if (size <= direct) return { ...none, direct: gather() };
  if (size > FILTER_SET_CAP) return null;
  const perRow = opts.checkPerRowFrom === undefined ? size * size > PER_ROW_FROM * rows : size >= opts.checkPerRowFrom;
  return perRow ? { ...perRowPlan, gather } : { ...none, inSet: new Set(gather()) };
}
