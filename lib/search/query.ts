import { tokenTexts } from "@/lib/search/tokenize";
import { QUERY_FIELDS, fieldOf, filterKey, parseFieldValue, type QueryFilter } from "@/lib/search/query-filters";

/**
 * Free text typed by a user → a safe FTS5 MATCH expression plus field filters.
 *
 * Supported: plain words (all must match), "quoted phrases", OR between two
 * terms, -word or NOT word to exclude, trac* for a prefix, and field filters
 * (member:lowe, dept:"home office", uin:95752, status:unanswered,
 * has:unresolved, nonanswer:not_held, date:2025-12, house:lords — see
 * lib/search/query-filters.ts), each of which -field: or NOT negates. Every
 * term is sent as an FTS5 string, so nothing a user types can be read as FTS5
 * syntax (column filters, NEAR, ^, parentheses); anything we cannot make sense
 * of is dropped or read as plain words, with a notice, instead of failing.
 */
export type SearchTerm = { text: string; prefix: boolean };
/** One term of the match as sent to FTS5: its tokens (a phrase when more than one), prefix on the last. */
export type MatchTerm = { tokens: string[]; prefix: boolean };
/**
 * The match ftsQuery was written from: every group must match (a group is
 * one term or several ORed), no excluded term may. FTS5 scores the terms as
 * phrases in this order (groups, then excluded), which the pruned ranking in
 * lib/data/rank-topk-sqlite.ts relies on.
 */
export type MatchExpression = { groups: MatchTerm[][]; excluded: MatchTerm[] };
export type ParsedSearchQuery = {
  /** null when there are no words to look for (empty, only exclusions, or only filters). */
  ftsQuery: string | null;
  /** The structure of ftsQuery (null with it). */
  match?: MatchExpression | null;
  /**
   * With no words to look for, the excluded words as one FTS5 expression: a
   * search of filters can still leave them out (FTS5 cannot run a NOT alone).
   */
  excludeQuery: string | null;
  /** What to highlight: the terms looked for, not the excluded ones nor the filters. */
  terms: SearchTerm[];
  /** Field filters, in the order typed, repeats removed. */
  filters: QueryFilter[];
  notices: string[];
};

export const MAX_QUERY_LENGTH = 300;
export const MAX_QUERY_TERMS = 12;
export const MAX_QUERY_FILTERS = 12;
/** For a search that only leaves words out and has no filter to browse by. */
export const ONLY_EXCLUSIONS_NOTICE =
  "Add at least one word to look for, or a filter: a search cannot be made only of words to leave out (-word).";

type Item =
  | { kind: "term"; tokens: string[]; prefix: boolean; exclude: boolean }
  | { kind: "filter"; filter: QueryFilter }
  | { kind: "or" }
  | { kind: "not" };

export function parseSearchQuery(input: string): ParsedSearchQuery {
  const notices: string[] = [];
  // Control characters (NUL included) separate words like spaces do.
  let text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
  const none = { ftsQuery: null, excludeQuery: null, terms: [], filters: [] };
  if (!text) return { ...none, notices };
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    notices.push(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }

  const items = lex(text, notices);
  const { groups, excluded, filters } = combine(items, notices);

  if (!groups.length) {
    const excludeQuery = excluded.length ? excluded.map(ftsTerm).join(" OR ") : null;
    if (!excluded.length && !filters.length && !notices.length) notices.push("There is nothing to search for: type some words (letters or digits).");
    return { ...none, excludeQuery, filters, notices: unique(notices) };
  }

  const positive = groups.map((g) => (g.length > 1 ? `(${g.map(ftsTerm).join(" OR ")})` : ftsTerm(g[0]!)));
  let ftsQuery = positive.join(" AND ");
  if (excluded.length) {
    const left = positive.length > 1 ? `(${ftsQuery})` : ftsQuery;
    const right = excluded.length > 1 ? `(${excluded.map(ftsTerm).join(" OR ")})` : ftsTerm(excluded[0]!);
    ftsQuery = `${left} NOT ${right}`;
  }
  const terms = dedupe(groups.flat()).map((t) => ({ text: t.tokens.join(" "), prefix: t.prefix }));
  return { ftsQuery, match: { groups, excluded }, excludeQuery: null, terms, filters, notices: unique(notices) };
}

type Term = { tokens: string[]; prefix: boolean };

/** An FTS5 string: the tokens inside double quotes (any inner quote doubled). */
function ftsTerm(t: Term): string {
  return `"${t.tokens.join(" ").replace(/"/g, '""')}"${t.prefix ? " *" : ""}`;
}

const FIELD_NAME = /^([A-Za-z]+):/;
const FIELD_LIST = QUERY_FIELDS.map((f) => `${f}:`).join(", ");

function lex(text: string, notices: string[]): Item[] {
  const items: Item[] = [];
  let ignored = 0;
  let strayMinus = false;
  let unbalanced = false;
  let quotesOpen = true;
  let i = 0;
  const pushTerm = (raw: string, exclude: boolean, prefix: boolean) => {
    const tokens = tokenTexts(raw);
    if (tokens.length) items.push({ kind: "term", tokens, prefix, exclude });
    else ignored++;
  };
  /** The end of a bare word: a space, or a quotation mark while quotes still pair. */
  const wordEnd = (from: number) => {
    let end = from;
    while (end < text.length && text[end] !== " " && !(text[end] === '"' && quotesOpen)) end++;
    return end;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    let exclude = false;
    if (ch === "-") {
      const nextCh = text[i + 1];
      if (nextCh === undefined || nextCh === " ") {
        strayMinus = true;
        i++;
        continue;
      }
      exclude = true;
      i++;
    }

    const named = FIELD_NAME.exec(text.slice(i, i + 40));
    if (named) {
      const name = named[1]!;
      const field = fieldOf(name);
      const valueStart = i + named[0].length;
      let value: string;
      let end: number;
      if (text[valueStart] === '"' && quotesOpen) {
        const close = text.indexOf('"', valueStart + 1);
        if (close === -1) {
          // member:"rupert lowe with no closing quote: the words are searched for.
          unbalanced = true;
          quotesOpen = false;
          if (field) notices.push(`“${name}:” was not used as a filter because its quotation mark was not closed.`);
          pushTerm(name, exclude, false);
          i = valueStart + 1;
          continue;
        }
        value = text.slice(valueStart + 1, close);
        end = close + 1;
      } else {
        end = wordEnd(valueStart);
        value = text.slice(valueStart, end);
      }
      const raw = text.slice(exclude ? i - 1 : i, end);
      i = end;
      if (!field) {
        // "Note: …" in pasted prose is a word, not a filter; "foo:bar" deserves a word of help.
        if (value.trim()) notices.push(`“${name}:” is not a search filter, so “${truncate(raw)}” was searched for as words. Filters: ${FIELD_LIST}.`);
        pushTerm(`${name} ${value}`, exclude, false);
        continue;
      }
      const parsed = parseFieldValue(field, value);
      if (parsed.ok) {
        items.push({ kind: "filter", filter: { ...parsed.value, negate: exclude, raw } });
      } else {
        notices.push(`“${truncate(raw)}” was searched for as words, not used as a filter: ${parsed.error}.`);
        const stripped = value.replace(/\*+$/, "");
        pushTerm(`${name} ${stripped}`, exclude, stripped.length < value.length);
      }
      continue;
    }

    if (text[i] === '"' && quotesOpen) {
      const close = text.indexOf('"', i + 1);
      if (close === -1) {
        // Read the rest as plain words rather than guess where the phrase ends.
        unbalanced = true;
        quotesOpen = false;
        i++;
        if (exclude) strayMinus = true;
        continue;
      }
      let end = close + 1;
      let prefix = false;
      while (text[end] === "*") {
        prefix = true;
        end++;
      }
      pushTerm(text.slice(i + 1, close), exclude, prefix);
      i = end;
      continue;
    }
    const end = wordEnd(i);
    const word = text.slice(i, end);
    i = end;
    if (!exclude && word === "OR") items.push({ kind: "or" });
    else if (!exclude && word === "AND") continue; // Words are ANDed anyway.
    else if (!exclude && word === "NOT") items.push({ kind: "not" });
    else {
      const stripped = word.replace(/\*+$/, "");
      pushTerm(stripped, exclude, stripped.length < word.length);
    }
  }

  if (unbalanced) notices.push("A quotation mark was not closed, so the words after it were searched for separately.");
  if (strayMinus) notices.push("A minus sign must come right before the word to leave out (e.g. -asylum); a lone one was ignored.");
  if (ignored) notices.push("Parts of your search with no letters or digits were ignored.");
  return resolveNot(items);
}

/** NOT word → the word excluded, NOT field:value → the filter negated; a NOT with nothing after it is dropped. */
function resolveNot(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === "not") {
      const next = items[k + 1];
      if (next?.kind === "term") {
        out.push({ ...next, exclude: true });
        k++;
      } else if (next?.kind === "filter") {
        out.push({ kind: "filter", filter: { ...next.filter, negate: true, raw: `NOT ${next.filter.raw}` } });
        k++;
      }
      continue;
    }
    out.push(it);
  }
  return out;
}

function combine(items: Item[], notices: string[]): { groups: Term[][]; excluded: Term[]; filters: QueryFilter[] } {
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  const filters: QueryFilter[] = [];
  const filterKeys = new Set<string>();
  let pendingOr = false;
  let strayOr = false;
  const counted = new Set<string>();
  let dropped = false;
  let droppedFilters = false;
  for (const it of items) {
    if (it.kind === "or") {
      if (pendingOr || !groups.length) strayOr = true;
      pendingOr = groups.length > 0;
      continue;
    }
    if (it.kind === "not") continue; // resolveNot has consumed every NOT.
    if (it.kind === "filter") {
      // A filter cannot be one side of an OR: "a OR member:x" is not supported.
      if (pendingOr) strayOr = true;
      pendingOr = false;
      const key = filterKey(it.filter);
      if (filterKeys.has(key)) continue;
      if (filterKeys.size >= MAX_QUERY_FILTERS) {
        droppedFilters = true;
        continue;
      }
      filterKeys.add(key);
      filters.push(it.filter);
      continue;
    }
    const term = { tokens: it.tokens, prefix: it.prefix };
    const key = `${it.exclude ? "-" : ""}${termKey(term)}`;
    if (!counted.has(key)) {
      if (counted.size >= MAX_QUERY_TERMS) {
        dropped = true;
        continue;
      }
      counted.add(key);
    }
    if (it.exclude) {
      if (pendingOr) strayOr = true;
      pendingOr = false;
      excluded.push(term);
    } else if (pendingOr) {
      groups[groups.length - 1]!.push(term);
      pendingOr = false;
    } else {
      groups.push([term]);
    }
  }
  if (pendingOr) strayOr = true;
  if (strayOr) notices.push("OR must stand between two words or phrases (e.g. tracing OR absconders); a misplaced OR was ignored.");
  if (dropped) notices.push(`Only the first ${MAX_QUERY_TERMS} words or phrases were searched for.`);
  if (droppedFilters) notices.push(`Only the first ${MAX_QUERY_FILTERS} filters were used.`);
  const seen = new Set<string>();
  const uniqueGroups = groups.map(dedupe).filter((g) => {
    const key = g.map(termKey).sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { groups: uniqueGroups, excluded: dedupe(excluded), filters };
}

const termKey = (t: Term) => `${t.tokens.join(" ").toLowerCase()}${t.prefix ? "*" : ""}`;

function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = termKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const unique = (xs: string[]) => [...new Set(xs)];

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
