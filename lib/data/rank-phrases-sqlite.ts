import { idf as idfOf } from "@/lib/search/bm25";
import { foldToken } from "@/lib/search/tokenize";
import type { MatchExpression, MatchTerm } from "@/lib/search/query";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import { pairListKey, tripleListKey } from "@/lib/data/rank-index-pairs";
import { absentListKey, LONG_LIST_BLOCKS, MAX_EXPANSIONS, mergedListKey } from "@/lib/data/rank-index-build-sqlite";

/**
 * A search's terms as the rank index sees them (lib/data/rank-topk-sqlite.ts):
 * FTS5's phrases in FTS5's order (the groups' terms, then the excluded
 * ones), each with the word ids that count for it, the posting lists that
 * find its rows, and its idf.
 *
 * - a word: its own list; idf from its row count (kept exactly in search_term).
 * - a prefix (immi*): every indexed word it expands to, counts summed.
 * - a phrase ("net zero"): found through its rarest word's list, occurring
 *   at most as often as that word; counted in the text of rows that matter.
 *
 * A prefix's or phrase's row count (for its idf) is not kept: it is counted
 * by FTS5 when the query has other terms; alone, its idf scales every score
 * alike and is left at 1 (exactIdf false: the order is right, the scores
 * are not bm25()'s).
 */

export type Word = { id: number; df: number; blocks: number };
export type Phrase = {
  kind: "word" | "prefix" | "phrase";
  /** Index of its group; -1 when excluded. */
  group: number;
  /** Folded words (a phrase's in order; a prefix's one stem). */
  tokens: string[];
  prefix: boolean;
  /** Word ids whose counts make up its count (a phrase: each of its distinct words). */
  ids: number[];
  /** Lists that reach every row it occurs in. */
  lists: Word[];
  /** Rows it occurs in: exact for a word, an upper bound otherwise. */
  df: number;
  /** Postings FTS5 steps through to find it: its words' rows (a prefix's expansions'). */
  walk: number;
  /** A prefix read from a merged list: the rows it occurred in at the build (exact while no row has changed). */
  builtRows?: number;
  /**
   * A phrase read from the list of one of its two- or three-word parts (the
   * rarest): a posting's count is the phrase's own when the part is the
   * whole phrase (`exact`), otherwise a bound on it; `builtRows` as above;
   * `complete` when the list holds every row it had at the build (not cut;
   * only looked at for an exact one).
   */
  pair?: { id: number; exact: boolean; builtRows: number; complete: boolean };
  /** The lists to read instead once a cut list (merged or pair) ends: its words'. */
  fallback?: Word[];
  /** A word in nearly every row: the list of the rows it was not in at the build (absentListKey). */
  absent?: Word;
  idf: number;
};
export type ResolvedPhrases = {
  phrases: Phrase[];
  groups: { df: number; lists: Word[] }[];
  exactIdf: boolean;
  /** Postings FTS5 steps through to match the search: every phrase's walk. */
  walk: number;
};

/**
 * `withIdf: false` leaves every idf at 1 (an estimate of the matches needs
 * none, and a phrase's idf costs an FTS5 count).
 */
export function resolvePhrases(
  reader: SqliteReader,
  match: MatchExpression,
  rows: number,
  opts: { longExpansions?: number; withIdf?: boolean; unchanged?: boolean } = {},
): ResolvedPhrases | "empty" | null {
  const terms: [MatchTerm, number][] = [...match.groups.flatMap((g, gi) => g.map((t) => [t, gi] as [MatchTerm, number])), ...match.excluded.map((t) => [t, -1] as [MatchTerm, number])];
  const lookup = reader.statement(`SELECT "id", "df", "blocks" FROM "search_term" WHERE "term" = ?`);
  // Words no row has any more are kept (with no rows): the merged lists are keyed by the words at the build.
  const expand = reader.statement(`SELECT "id", "df", "blocks" FROM "search_term" WHERE "term" >= ? AND "term" < ? LIMIT ${MAX_EXPANSIONS + 1}`);
  const builtWords = reader.statement(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'words'`).pluck().get() as number | undefined;
  const lastBlock = reader.statement(`SELECT length("data") FROM "search_block" WHERE "termId" = ? AND "ord" = ?`).pluck();
  const idf = sqliteIdf(reader, rows);

  const phrases: Phrase[] = [];
  for (const [term, group] of terms) {
    const tokens = term.tokens.map(foldToken);
    // FTS5 folds letters beyond ASCII by a table of its own (lib/search/doc-terms.ts).
    if (tokens.some((t) => /[^\x00-\x7f]/.test(t))) return null;
    if (tokens.length === 1 && !term.prefix) {
      const w = lookup.get(tokens[0]) as Word | undefined;
      const present = w && w.df > 0 ? w : null;
      // Only words in over half the rows can have one (the build's bar is higher): rarer words cost no lookup.
      const absent = present && present.df * 2 >= rows ? (lookup.get(absentListKey(present.id)) as Word | undefined) : undefined;
      phrases.push({ kind: "word", group, tokens, prefix: false, ids: present ? [present.id] : [], lists: present ? [present] : [], df: present?.df ?? 0, walk: present?.df ?? 0, ...(absent ? { absent } : {}), idf: 1 });
    } else if (tokens.length === 1) {
      const everWords = expand.all(tokens[0], `${tokens[0]}\u{10FFFF}`) as Word[];
      if (everWords.length > MAX_EXPANSIONS) return null;
      const words = everWords.filter((w) => w.df > 0);
      // Two long expansions: a row may hold both, so their lists would be
      // read until each alone falls well below the page (prefixBound), for
      // common stems thousands of rows (educat* at 1M: 16,000 read and given
      // up). The build merges such lists into one (their union, counts
      // summed), read in their place; without it (words gone or grown since
      // the build) FTS5 scores the union in one pass.
      const long = words.filter((w) => w.blocks > LONG_LIST_BLOCKS);
      let lists = words;
      let builtRows: number | undefined;
      let fallback: Word[] | undefined;
      if (long.length > 1) {
        // Words first seen since the build are in no list: their rows are all changed ones, scored apart.
        const built = everWords.filter((w) => builtWords !== undefined && w.id < builtWords);
        const merged = built.length ? (lookup.get(mergedListKey(built.map((w) => w.id))) as Word | undefined) : undefined;
        if (merged) {
          lists = [merged, ...words.filter((w) => !built.includes(w))];
          builtRows = merged.df;
          fallback = words;
        } else if (long.length > (opts.longExpansions ?? 1)) return null;
      }
      phrases.push({ kind: "prefix", group, tokens, prefix: true, ids: words.map((w) => w.id), lists, df: words.reduce((n, w) => n + w.df, 0), walk: words.reduce((n, w) => n + w.df, 0), builtRows, fallback, idf: 1 });
    } else {
      if (term.prefix) return null;
      const words = tokens.map((t) => lookup.get(t) as Word | undefined);
      const all = words.every((w) => w && w.df > 0) ? (words as Word[]) : null;
      const rarest = all ? all.reduce((a, b) => (b.df < a.df ? b : a)) : null;
      // Its rarest two- or three-word part with a list: the whole phrase's own when it is that part.
      let pair: Word | undefined;
      let exact = false;
      for (let i = 0; all && i + 1 < tokens.length; i++) {
        const parts: [Word | undefined, number][] = [[lookup.get(pairListKey(tokens[i]!, tokens[i + 1]!)) as Word | undefined, 2]];
        if (i + 2 < tokens.length) parts.push([lookup.get(tripleListKey(tokens[i]!, tokens[i + 1]!, tokens[i + 2]!)) as Word | undefined, 3]);
        for (const [found, length] of parts) {
          if (found && (!pair || found.df < pair.df)) {
            pair = found;
            exact = length === tokens.length;
          }
        }
      }
      const list = pair ?? rarest;
      // A cut list ends with an empty block (rank-index-build-sqlite.ts).
      const complete = !!pair && exact && ((lastBlock.get(pair.id, pair.blocks - 1) as number | undefined) ?? 0) > 0;
      phrases.push({
        kind: "phrase",
        group,
        tokens,
        prefix: false,
        ids: all ? [...new Set(all.map((w) => w.id))] : [],
        lists: list ? [list] : [],
        // Its rarest word's rows, which FTS5 walks to find it (rank-topk-sqlite.ts leaves rare ones to it).
        df: rarest?.df ?? 0,
        walk: all ? all.reduce((n, w) => n + w.df, 0) : 0,
        pair: pair && { id: pair.id, exact, builtRows: pair.df, complete },
        fallback: pair && rarest ? [rarest] : undefined,
        idf: 1,
      });
    }
  }

  const groups = match.groups.map((_, g) => {
    const mine = phrases.filter((p) => p.group === g);
    return { df: mine.reduce((n, p) => n + p.df, 0), lists: mine.flatMap((p) => p.lists) };
  });
  if (groups.some((g) => g.df === 0)) return "empty";
  const walk = phrases.reduce((n, p) => n + p.walk, 0);
  if (opts.withIdf === false) return { phrases, groups, exactIdf: false, walk };

  let exactIdf = true;
  for (const [i, p] of phrases.entries()) {
    if (p.kind === "word") p.idf = p.df > 0 ? idf(p.df) : 1e-6;
    // A phrase alone with a list of its own: its rows were counted at the build.
    else if (phrases.length === 1 && p.pair?.exact && opts.unchanged) p.idf = idf(p.pair.builtRows);
    else if (phrases.length === 1) exactIdf = false;
    // An excluded phrase is absent from every row that matches: its idf times nothing adds nothing.
    // A pair's rows, counted at the build, are the phrase's while no row has changed since.
    else if (p.group >= 0) p.idf = idf(p.pair?.exact && opts.unchanged ? p.pair.builtRows : countPhrase(reader, terms[i]![0]));
  }
  return { phrases, groups, exactIdf, walk };
}

/** FTS5's idf for a phrase in `hits` of `rows` rows, with SQLite's own logarithm (bit for bit as bm25()). */
export function sqliteIdf(reader: SqliteReader, rows: number): (hits: number) => number {
  const ln = reader.statement(`SELECT ln(?)`).pluck();
  return (hits) => idfOf(rows, hits, (x) => ln.get(x) as number);
}

/** Rows a prefix or phrase occurs in, as FTS5's bm25() counts them for its idf. */
export function countPhrase(reader: SqliteReader, term: MatchTerm): number {
  const fts = `"${term.tokens.join(" ").replace(/"/g, '""')}"${term.prefix ? " *" : ""}`;
  return reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "question_search" WHERE "question_search" MATCH ?`, [fts])?.n ?? 0;
}

/**
 * At most how many rows a search's words can match (its rarest group's rows:
 * a phrase counts its rarest word's), from the word counts alone; null when
 * not known cheaply (letters beyond ASCII, a prefix of too many words).
 */
export function matchBound(reader: SqliteReader, match: MatchExpression, rows: number): number | null {
  const resolved = resolvePhrases(reader, match, rows, { withIdf: false, longExpansions: Infinity });
  if (resolved === "empty") return 0;
  return resolved ? Math.min(...resolved.groups.map((g) => g.df)) : null;
}
