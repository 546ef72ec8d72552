import { driftFactor, saturation } from "@/lib/search/bm25";
import type { MatchExpression, MatchTerm } from "@/lib/search/query";
import { sqliteReader, type SqliteReader } from "@/lib/data/sqlite-reader";
import { ftsTotals } from "@/lib/data/rank-index-sqlite";
import { VarintReader } from "@/lib/search/varint";
import { MARGIN, nearTies, prefixBound } from "@/lib/search/rank-parts";
import { orderPage, upToDate } from "@/lib/data/rank-page-sqlite";
import { RANK_INDEX_FORMAT } from "@/lib/data/rank-index-build-sqlite";
import { countPhrase, resolvePhrases, sqliteIdf, type Word } from "@/lib/data/rank-phrases-sqlite";
import { RowScorer } from "@/lib/data/rank-rows-sqlite";
import { PAIR_WHOLE_BLOCKS, readPairWhole, WholeLists } from "@/lib/data/rank-members-sqlite";
import type { Sql } from "@/lib/data/search-conditions-sqlite";
import { planFilter, type FilterOptions } from "@/lib/data/rank-filter-sqlite";
import { lookupCap, rankWhole, wholeIsCheaper, wholeListPhrases, wholeSplit } from "@/lib/data/rank-whole-sqlite";

/**
 * The best matches of a search without scoring every match: exactly the
 * rows, in exactly the order, that ORDER BY bm25(…) (then newest first)
 * gives, read from the rank index (prisma/migrations/*_search_rank).
 *
 * Each query word's postings are stored best first in blocks, each with a
 * bound on what the rest of its list can score. Blocks are read from the
 * list whose bound is highest; every row met is scored exactly from its
 * stored word list (all query words, its length, FTS5's idf and average
 * length: lib/search/bm25.ts). A row never met scores at most the sum of the
 * lists' bounds (bm25 is a sum over the phrases), so once the page's worst
 * score beats that sum no unread row can enter the page or tie with it: the
 * threshold algorithm (Fagin, Lotem and Naor), with random access to a row's
 * words. With every group ANDed, a group whose lists are all read leaves no
 * unread row able to match, which ends searches with a rare word early.
 *
 * A two-word phrase common enough has a list of its own whose postings hold
 * its exact count; a longer one reads its rarest pair's list, a rarer one
 * its rarest word's, and rows that could still reach the page have the
 * phrase counted in their text. A prefix counts every word it expands to,
 * read from one merged list when several are long. Those two kinds of list
 * keep only their best blocks; past them a search goes on with the words'
 * lists. Filters are checked on the rows met, or their few questions are
 * gathered first (scored one by one when fewer still).
 *
 * Returns null when it cannot answer exactly and cheaply, and the caller
 * runs FTS5: rarest group matching few rows (FTS5 ranks those as fast), a
 * phrase to count in text whose rarest word is in few rows, text
 * with letters beyond ASCII in a phrase's rows, a filter passing too few of
 * the rows read, an index not built or too far behind, deep pages.
 */

export type RankRequest = FilterOptions & {
  match: MatchExpression;
  offset: number;
  limit: number;
  /** Conditions on the question (alias q), from questionConditions. */
  filter?: Sql | null;
  /** Leave searches whose rarest group matches at most this many rows to FTS5 (default: FEW_MATCHES, or 1% of the rows for several groups). */
  fewMatches?: number;
  /** Rows read before a filter checked per row that passes under 1 in 32 is given up on (gathered, or left to FTS5); tests lower it. */
  perRowTrial?: number;
  /** False: no list is read whole, rows lacking a word are found by looking them up (tests compare the two). */
  readWhole?: boolean;
  /** Rank a prefix here with at most this many expansions of more than 4 blocks (default 1; tests raise it). */
  longExpansions?: number;
  /** Words ranked from their lists read whole (lib/data/rank-whole-sqlite.ts): by cost when unset; true whenever they can be, false never (tests compare the ways). */
  fromWholeLists?: boolean;
  /** With them, the other lists are read whole only up to this many blocks (tests: 0 looks every row left up). */
  wholeUnitBlocks?: number;
  /** With them, a word's absent list is read rather than its own list whenever it has one (tests: otherwise only when much shorter). */
  absentFirst?: boolean;
};
export type RankResult = {
  ids: number[];
  /** The page's scores (bm25() negated); null when a phrase's row count was not needed for the order. */
  scores: number[] | null;
  /** Exact, when known without counting (one word, no filter); otherwise null. */
  total: number | null;
  /** Rows scored from their word lists (tests check that fewer than all matches were). */
  rowsScored: number;
  /** The filter's questions when they were gathered (an estimate of the count checks its sample against them). */
  filterSet?: Set<number>;
  /** At most this many rows match the words (the rarest group's rows). */
  matchBound: number;
  /** Postings FTS5 steps through to count the words' matches (every word's rows: ResolvedPhrases.walk). */
  matchWalk: number;
};

/**
 * Below this many rows for the rarest group FTS5 ranks every match about as
 * fast. A word in a few hundred rows is still ranked here: its count is its
 * row count, where FTS5 ranked 70 rows for the ties and then counted them
 * (at 100k prisons, 869 rows: 1.05 → 0.67 ms; refugees 1.01 → 0.26).
 */
export const FEW_MATCHES = 64;
/** Words ANDed whose rarest is in under this many rows (or 1% of the rows) go to FTS5 (see rankInSnapshot). */
const FEW_MATCHES_ANDED = 1_000;
/** A phrase counted in rows' text whose rarest word is in at most this many rows is left to FTS5. */
const PHRASE_IN_TEXT_FEW = 5_000;
/** Deeper pages are left to FTS5. */
const MAX_DEPTH = 200;
/** More changed rows than this and searches go to FTS5 until the next build. */
const MAX_CHANGED = 20_000;
/** Rows read from the lists before giving up to FTS5 (a filter that passes few of the best rows). */
const MAX_ROWS_READ = 8_192;
/** The same with the filter's questions gathered or its columns at hand: a row outside them costs no lookup, only its posting's ~0.1 µs. */
const MAX_ROWS_READ_IN_SET = 131_072;
/** Rows of a small filter whose phrase is still uncounted once the page is known, counted anyway for an exact total (~20 µs each). */
const DIRECT_COUNT_UNSURE = 64;

/** A word's postings being read: `sat` bounds the saturation of every posting from block `ord` on. */
type List = { word: Word; weight: number; ord: number; sat: number; data: Buffer | null };

/**
 * A list's saturation bound for rows not yet met in it (0 once read to its
 * end), or `metSat` for the list a row was just met in. Module functions,
 * not closures made per call: the bounds are taken for every posting read.
 */
const listSat = (l: List, met: List | null, metSat: number): number => (l === met ? metSat : l.data ? l.sat : 0);

/** Which list to read next: the one whose next block can add most (a list of one block is read whole at once: first). */
const readFirst = (l: List): number => (l.word.blocks === 1 ? Infinity : l.sat * l.weight);

export function rankTopK(req: RankRequest, reader: SqliteReader = sqliteReader()): RankResult | null {
  if (req.offset + req.limit > MAX_DEPTH) return null;
  if (!upToDate(reader)) return null;
  // One snapshot for the many statements: an import committing meanwhile must not be half seen.
  return reader.snapshot(() => rankInSnapshot(req, reader));
}

function rankInSnapshot(req: RankRequest, reader: SqliteReader): RankResult | null {
  const want = req.offset + req.limit;
  const meta = reader.get<{ format: number | null; avgdl: number | null }>(
    `SELECT (SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format') AS "format", (SELECT "value" FROM "search_rank_meta" WHERE "key" = 'avgdl') AS "avgdl"`,
    [],
  );
  // Not built, or built by an older layout: FTS5 ranks until the next settle rebuilds it.
  if (!meta || meta.format !== RANK_INDEX_FORMAT || meta.avgdl === null) return null;
  const builtAvgdl = meta.avgdl;
  const { rows: nRows, tokens } = ftsTotals(reader.statement);
  const none: RankResult = { ids: [], scores: [], total: 0, rowsScored: 0, matchBound: 0, matchWalk: 0 };
  if (!nRows) return none;
  const avgdl = tokens / nRows;

  const changed = new Set(reader.statement(`SELECT "rowid" FROM "search_dirty"`).pluck().all() as number[]);
  if (changed.size > MAX_CHANGED) return null;
  const resolved = resolvePhrases(reader, req.match, nRows, { longExpansions: req.longExpansions, unchanged: !changed.size });
  if (resolved === null) return null;
  if (resolved === "empty") return none;
  const { phrases, groups } = resolved;
  // Words ANDed with one in under 1% of the rows: the best rows are usually
  // found only by reading that word's whole list (a lookup per row), while
  // FTS5 walks it with seeks into the others and scores only what matches.
  const fewest = Math.min(...groups.map((g) => g.df));
  const few = req.fewMatches ?? (groups.length > 1 ? Math.max(FEW_MATCHES_ANDED, nRows / 100) : FEW_MATCHES);
  // Words whose lists are all short are ranked from them read whole, where FTS5 would walk the same postings and count them again.
  const otherwise = fewest <= few ? "fts5" : "lists";
  const split =
    req.fromWholeLists !== false && wholeListPhrases(phrases, !changed.size) ? wholeSplit(phrases, nRows, { unitBlocks: req.wholeUnitBlocks, absentFirst: req.absentFirst }) : null;
  const wholeFirst = !!split && (req.fromWholeLists === true || wholeIsCheaper(phrases, groups, nRows, otherwise, split, !!req.filter));
  if (fewest <= few && !wholeFirst) return null;
  // A phrase with no list of its own counts (no pair list, or three words
  // and more) is counted in the text of every row that might reach the page
  // (~20 µs each); FTS5 finds it from its words' positions, cheaply when
  // its rarest word is in few rows.
  if (phrases.some((p) => p.group >= 0 && p.kind === "phrase" && !p.pair?.exact && p.df <= (req.fewMatches ?? PHRASE_IN_TEXT_FEW))) return null;

  const plan = planFilter(reader, req.filter, nRows, { ...req, matchRows: fewest }, changed);
  if (!plan) return null;
  const { direct, gather, fails } = plan;
  let { inSet } = plan;
  // Read whole, every match is met: only a filter decided without a lookup (its set, the columns) keeps that cheap.
  const useWhole = wholeFirst && !direct && (!req.filter || !!inSet || plan.cheap);
  if (fewest <= few && !useWhole) return null;

  const rows = new RowScorer(reader, phrases, groups.length, avgdl, want);
  const { top, scored, pairCounts } = rows;
  /** Scores rows after the filter. */
  const scoreRows = (rowids: number[]): void => {
    const set = inSet;
    rows.score(set ? rowids.filter((id) => set.has(id)) : plan.passing && rowids.length ? plan.passing(rowids) : rowids);
  };

  const seen = new Set<number>(direct ?? []);
  // A phrase's own short list read whole at once: a row met for another phrase (ORed) that is not in it lacks this one.
  if (!changed.size && phrases.length > 1) {
    for (const p of phrases) {
      if (p.group < 0 || !p.pair?.exact || p.lists[0]?.id !== p.pair.id || p.lists[0].blocks > PAIR_WHOLE_BLOCKS) continue;
      if (readPairWhole(reader, p.pair.id, pairCounts.get(p.pair.id)!)) rows.completePairs.add(p.pair.id);
    }
  }

  // The filter's few rows scored from their current words; no list is read
  // (each starts read to its end), so the loop below only counts phrases.
  if (direct) scoreRows(direct);
  // Changed rows are scored from their current words; their old postings are skipped.
  else if (changed.size) {
    const delta = reader.statement(`SELECT DISTINCT "rowid" FROM "search_delta" WHERE "termId" IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(rows.words)) as number[];
    for (const id of delta) seen.add(id);
    scoreRows(delta);
  }
  if (useWhole && split) {
    const changedMatches = scored.size;
    const ranked = rankWhole(reader, phrases, split, avgdl, rows, { inSet, fails }, changed, want, lookupCap(otherwise, resolved.walk));
    if (!ranked) return null;
    const page = orderPage(reader, scored, top, req.offset, req.limit);
    const total = ranked.total === null ? null : ranked.total + changedMatches;
    return { ids: page.map(([id]) => id), scores: page.map(([, s]) => s), total, rowsScored: rows.rowsScored, matchBound: fewest, matchWalk: resolved.walk, ...(inSet ? { filterSet: inSet } : {}) };
  }

  const drift = driftFactor(avgdl, builtAvgdl);
  const blockAt = reader.statement(`SELECT "rest", "data" FROM "search_block" WHERE "termId" = ? AND "ord" = ?`).raw();
  const advance = (l: List): void => {
    l.ord++;
    if (l.ord >= l.word.blocks) {
      l.sat = 0;
      l.data = null;
      return;
    }
    const [rest, data] = blockAt.get(l.word.id, l.ord) as [number, Buffer];
    l.sat = rest * drift;
    l.data = data;
  };
  const listOf = new Map<number, List>();
  const lists: List[] = [];
  const included = phrases.filter((p) => p.group >= 0);
  const addLists = (p: (typeof phrases)[number]): void => {
    for (const w of p.lists) {
      const existing = listOf.get(w.id);
      // A word in two phrases (typed twice, or also a phrase's rarest) bounds both: its weights add up.
      if (existing) existing.weight += p.idf;
      else {
        const l: List = { word: w, weight: p.idf, ord: -1, sat: 0, data: null };
        listOf.set(w.id, l);
        lists.push(l);
        if (!direct) advance(l);
      }
    }
  };
  for (const p of included) addLists(p);
  /** Short lists of words ANDed, read whole once rows looked up for want of their word have cost as much. */
  const whole = new WholeLists<List>(reader, direct || req.readWhole === false ? [] : included, groups.length, lists, avgdl);
  /**
   * Past the end of a cut list, its phrases go on with their words' lists
   * (a pair's rarer word, a prefix's words): rows met before are not met
   * again, and a phrase's rows are all in them. False when there is none.
   */
  const widen = (): boolean => {
    const ended = lists.filter((l) => l.data && !l.data.length);
    const users = included.filter((p) => p.lists.some((w) => ended.some((l) => l.word.id === w.id)));
    if (!users.length || users.some((p) => !p.fallback)) return false;
    for (const l of ended) {
      l.data = null;
      l.sat = 0;
    }
    for (const p of users) {
      p.lists = p.fallback!;
      p.fallback = undefined;
      addLists(p);
    }
    // A word's list may now bound another phrase too (a prefix's expansion), which the bounds from lists read whole do not allow for.
    whole.dropShared(included);
    return true;
  };
  /**
   * What a phrase can add to a row none of whose postings has been read
   * (or, with `met`, one just met in that list with that saturation).
   */
  const phraseBound = (p: (typeof phrases)[number], met: List | null, metSat: number): number => {
    if (p.kind !== "prefix") return p.lists.length ? p.idf * listSat(listOf.get(p.lists[0]!.id)!, met, metSat) : 0;
    return p.idf * prefixBound(p.lists.map((w) => listSat(listOf.get(w.id)!, met, metSat)));
  };
  let rowsRead = 0;
  for (;;) {
    let bound = 0;
    for (const p of included) bound += phraseBound(p, null, 0);
    let best: List | null = null;
    // The end of a cut list (a merged prefix list keeps its best blocks) bounds what it left out but has nothing to read.
    let cut = false;
    for (const l of lists) {
      if (l.data && !l.data.length) cut = true;
      else if (l.data && (!best || readFirst(l) > readFirst(best))) best = l;
    }
    // A group whose every list is read: no unread row has a word of it, so none can match.
    const closed = groups.some((_, g) => included.every((p) => p.group !== g || p.lists.every((w) => !listOf.get(w.id)!.data)));
    if (closed || (!best && !cut)) bound = -Infinity;
    const unsureBound = rows.bestUnsure();
    // Done when the page's worst beats every unread row and every row still unsure.
    if (top.full && top.worst > bound * MARGIN && top.worst > unsureBound * MARGIN) break;
    // The most promising work first: counting a phrase in a row's text, or reading a block.
    if (unsureBound >= bound) {
      if (!rows.unsureCount) break;
      rows.verifyBatch();
      continue;
    }
    // Too much read: FTS5 would be faster. A filter too large to gather is
    // checked by FTS5 on each of the rarest group's matches (~1 µs each) and
    // here on each row met (~1.6 µs), so it may read up to half as many.
    const budget = inSet || plan.cheap ? MAX_ROWS_READ_IN_SET : plan.passing && !gather ? Math.max(MAX_ROWS_READ, fewest / 2) : MAX_ROWS_READ;
    if (rowsRead > budget) return null;
    // A filter small enough to gather (chooseFilterFirst) that few of the rows met pass is gathered after all.
    if (!inSet && gather && rowsRead >= (req.perRowTrial ?? 1_024) && rows.rowsScored * 32 < rowsRead) inSet = new Set(gather());
    // Only the end of a cut list is left, and what it left out could still reach the page.
    if (!best) {
      if (!widen()) return null;
      continue;
    }
    const list = best;
    const fresh: number[] = [];
    let rowid = 0;
    const r = new VarintReader(list.data!);
    const minLen = r.read();
    // A row met first here is in no block read before: what the other lists can add is their bound.
    const using = included.filter((p) => p.lists.some((w) => w.id === list.word.id));
    const others = included.reduce((n, p) => (using.includes(p) ? n : n + phraseBound(p, null, 0)), 0);
    const paired = pairCounts.get(list.word.id);
    // The lists read whole, other than this one, and what their bounds add to `others` now.
    const wholes = whole.read.filter((m) => m.list !== list);
    const wholesNow = wholes.reduce((n, m) => n + (m.list.data ? m.list.sat * m.list.weight : 0), 0);
    postings: while (!r.done) {
      rowid += r.read();
      const tf = r.read();
      rowsRead++;
      if ((inSet && !inSet.has(rowid)) || seen.has(rowid) || changed.has(rowid) || fails?.(rowid)) continue;
      seen.add(rowid);
      // Not in a list read whole: it lacks a word every match has. In it: that list adds at most what the row's count there can.
      let tighter = 0;
      for (const m of wholes) {
        const sat = m.members.sat(rowid);
        if (sat < 0) continue postings;
        tighter += Math.min(sat, m.list.sat) * m.list.weight;
      }
      if (top.full) {
        // Not even its bound reaches the page: no need to look the row up.
        const s = saturation(tf, minLen, avgdl);
        let ub = others - wholesNow + tighter;
        for (const p of using) ub += phraseBound(p, list, s);
        if (ub * MARGIN < top.worst) continue;
      }
      fresh.push(rowid);
      paired?.set(rowid, tf);
    }
    scoreRows(fresh);
    advance(list);
    whole.update(rows.lacking);
  }
  // Every row of a small filter scored: the count is exact once the few phrases left are counted too.
  if (direct && rows.unsureCount <= DIRECT_COUNT_UNSURE) while (rows.unsureCount) rows.verifyBatch();
  if (rows.foreign) return null;

  // A prefix or phrase alone was ranked with idf 1. Its real idf scales every
  // score alike, but rounding could make two nearly equal scores equal, and
  // equal scores go newest first: only then is its row count needed.
  let exactIdf = resolved.exactIdf;
  if (!exactIdf && nearTies([...scored.values()])) {
    const idf = sqliteIdf(reader, nRows)(countPhrase(reader, termOf(req.match)));
    for (const [id, s] of scored) scored.set(id, 0.0 + idf * s);
    top.scale(idf);
    exactIdf = true;
  }
  const page = orderPage(reader, scored, top, req.offset, req.limit);
  return { ids: page.map(([id]) => id), scores: exactIdf ? page.map(([, s]) => s) : null, total: exactTotal(), rowsScored: rows.rowsScored, matchBound: fewest, matchWalk: resolved.walk, ...(inSet ? { filterSet: inSet } : {}) };

  /** The number of matches when known without counting them. */
  function exactTotal(): number | null {
    if (direct) return rows.unsureCount ? null : scored.size;
    if (req.filter) return null;
    // Phrases ORed, each with its whole list read: the rows of any of them.
    if (groups.length === 1 && phrases.length > 1 && phrases.every((p) => p.group === 0 && p.pair?.exact && rows.completePairs.has(p.pair.id))) {
      return new Set(phrases.flatMap((p) => [...rows.pairCounts.get(p.pair!.id)!.keys()])).size;
    }
    if (phrases.length !== 1) return null;
    const only = phrases[0]!;
    if (only.kind === "word") return only.df;
    if (only.pair?.exact) return changed.size ? null : only.pair.builtRows;
    // A prefix's merged list was built from every row it occurred in then.
    return only.builtRows !== undefined && !changed.size ? only.builtRows : null;
  }
}

/** The one term of a query made of one term. */
function termOf(match: MatchExpression): MatchTerm {
  return match.groups[0]![0]!;
}

