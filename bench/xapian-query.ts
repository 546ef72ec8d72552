import type { FtsNode } from "@/bench/fts-query";
import type { SearchSqlFilters, SqlFieldFilter } from "@/lib/data/search-sqlite";
import { tokenize } from "@/lib/search/tokenize";

/**
 * The FTS5 tree of a search (bench/fts-query.ts) and its filters as a small
 * JSON description that bench/peer-xapian.py turns into xapian.Query objects,
 * so the Xapian peer answers the same question as SQLite. Words are split as
 * the app splits them (lib/search/tokenize.ts) and lower-cased; the Python
 * side stems them as the index was stemmed (English, STEM_SOME).
 */
export type XapianQuery =
  /** A word, matched in its stemmed form (Z-prefixed term); words not starting with a letter unstemmed, as the TermGenerator indexes them. */
  | { op: "term"; word: string }
  /** Words in this order, on the unstemmed positional terms (OP_PHRASE). */
  | { op: "phrase"; words: string[] }
  /** Unstemmed terms starting with `word` (OP_WILDCARD). */
  | { op: "prefix"; word: string }
  | { op: "and" | "or"; children: XapianQuery[] }
  | { op: "and_not"; left: XapianQuery; right: XapianQuery }
  /** Every document (a search by filters alone). */
  | { op: "all" }
  /** No document (a quoted string with no words in it). */
  | { op: "none" };

/**
 * Boolean filter terms and value ranges of the index (see bench/peer-xapian.py):
 * M<member id>, D<answering body id>, S<status>, H<house>, Q<house>:<uin>,
 * N<non-answer kind>, U (a figure left open); value slot 0 the day tabled,
 * slot 1 the day due ("YYYY-MM-DD"), ranges inclusive.
 */
export type XapianFilter =
  | { op: "bool"; term: string }
  | { op: "range"; slot: 0 | 1; from?: string; to?: string }
  | { op: "and" | "or"; children: XapianFilter[] }
  | { op: "not"; child: XapianFilter };

export const SLOT_TABLED = 0;
export const SLOT_DUE = 1;
const DAY_MS = 86_400_000;

const words = (text: string) => tokenize(text).map((t) => t.text.toLowerCase());

export function toXapian(node: FtsNode): XapianQuery {
  switch (node.op) {
    case "term": {
      const w = words(node.text);
      if (!w.length) return { op: "none" };
      if (node.prefix) {
        // FTS5 `"a b" *`: the phrase with its last word a prefix. Xapian has no
        // wildcard inside a phrase: the phrase of the other words AND the prefix.
        const last: XapianQuery = { op: "prefix", word: w[w.length - 1]! };
        if (w.length === 1) return last;
        const head: XapianQuery = w.length === 2 ? { op: "term", word: w[0]! } : { op: "phrase", words: w.slice(0, -1) };
        return { op: "and", children: [head, last] };
      }
      return w.length === 1 ? { op: "term", word: w[0]! } : { op: "phrase", words: w };
    }
    case "and":
    case "or":
      return { op: node.op, children: node.children.map(toXapian) };
    case "not":
      return { op: "and_not", left: toXapian(node.left), right: toXapian(node.right) };
  }
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const any = (children: XapianFilter[]): XapianFilter => (children.length === 1 ? children[0]! : { op: "or", children });

function statusFilter(status: string, today: Date): XapianFilter {
  if (status !== "OVERDUE") return { op: "bool", term: `S${status}` };
  // As the app: unanswered and due before today.
  return {
    op: "and",
    children: [any([{ op: "bool", term: "STABLED" }, { op: "bool", term: "SHOLDING" }]), { op: "range", slot: SLOT_DUE, to: day(new Date(today.getTime() - DAY_MS)) }],
  };
}

function dateRange(from: Date | undefined, to: Date | undefined): XapianFilter {
  return { op: "range", slot: SLOT_TABLED, ...(from ? { from: day(from) } : {}), ...(to ? { to: day(to) } : {}) };
}

function fieldFilter(f: SqlFieldFilter, today: Date): XapianFilter {
  switch (f.field) {
    case "member":
      return any(f.ids.map((id) => ({ op: "bool", term: `M${id}` })));
    case "dept":
      return any(f.ids.map((id) => ({ op: "bool", term: `D${id}` })));
    case "uin":
      return any(f.uins.map((u) => ({ op: "bool", term: `Q${u.house}:${u.uin}` })));
    case "status":
      return any(f.statuses.map((s) => statusFilter(s, today)));
    case "house":
      return any(f.houses.map((h) => ({ op: "bool", term: `H${h}` })));
    case "has":
      return { op: "bool", term: "U" };
    case "nonanswer":
      return any(f.kinds.map((k) => ({ op: "bool", term: `N${k}` })));
    case "date":
      return any(f.ranges.map((r) => dateRange(r.from, r.to)));
  }
}

/**
 * A search's filters (as lib/data/search.ts resolves them) as one Xapian
 * filter, or null when nothing filters. An empty OR (a field listing no
 * value) matches nothing, as the app's `0`.
 */
export function xapianFilter(f: SearchSqlFilters, today = new Date()): XapianFilter | null {
  const parts: XapianFilter[] = [];
  if (f.memberId !== undefined) parts.push({ op: "bool", term: `M${f.memberId}` });
  if (f.answeringBodyId !== undefined) parts.push({ op: "bool", term: `D${f.answeringBodyId}` });
  if (f.from || f.to) parts.push(dateRange(f.from, f.to));
  if (f.status) parts.push(statusFilter(f.status, today));
  if (f.hasUnresolvedFigures) parts.push({ op: "bool", term: "U" });
  for (const field of f.fields ?? []) {
    const c = fieldFilter(field, today);
    parts.push(field.negate ? { op: "not", child: c } : c);
  }
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0]! : { op: "and", children: parts };
}
