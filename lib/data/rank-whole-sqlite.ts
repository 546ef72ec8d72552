import { BM25_K1, bm25Score } from "@/lib/search/bm25";
import { MARGIN, TopScores } from "@/lib/search/rank-parts";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { Phrase } from "@/lib/data/rank-phrases-sqlite";
import type { FilterPlan } from "@/lib/data/rank-filter-sqlite";
import type { RowScorer } from "@/lib/data/rank-rows-sqlite";
import { attrLengths } from "@/lib/data/rank-attrs-sqlite";
import { ListRows, loadList } from "@/lib/data/rank-members-sqlite";
import { RowTable } from "@/lib/search/row-table";

/**
 * Words (ANDed, ORed, excluded) whose lists are short enough are ranked
 * from the lists read whole: each into its rows and counts and a bitmap of
 * its rows (ListRows), the rarest group's rows are walked in row order, and
 * a row in every group (and no excluded word's list) is scored exactly from its
 * counts and its length, kept beside the filterable columns
 * (lib/data/rank-attrs.ts) — bm25() needs nothing else for words. No row
 * is looked up (~2.5 µs each), and the matches are counted on the way,
 * exactly. Xapian ranks the same way, from postings and a table of lengths.
 * Used (wholeIsCheaper) for words ANDed with a rare one, which FTS5 would
 * rank and then count in a second pass (at 100k knife crime young people
 * 0.96 → 0.42 ms), for words ORed, every row of which the threshold
 * algorithm looks up, for words ANDed with one in nearly every row, and for
 * a phrase with a filter. A two-word phrase whose pair list the build kept
 * whole is read like a word: its list holds its rows and counts.
 *
 * A list much longer than the rarest group's ("services" beside "rural
 * bus") is not read: the rows the short lists leave are bounded by their
 * exact share plus the most the long words can add, and looked up best
 * bound first until no bound reaches the page. A word in nearly every row
 * ("of" beside "cost … living") is read from its absent list, the rows it
 * is not in: which rows have it, not its counts, so the rows that reach the
 * page are still looked up, but the count is exact.
 *
 * Rows changed since the build are scored from their current words by the
 * caller's RowScorer (their old postings are skipped here).
 */

/**
 * Lists read whole in all at most this many blocks (~1 µs a block hot, ~3 µs
 * in a rotation of different searches).
 */
const MAX_BLOCKS = 256;
/** Measured at 100k: a block read whole ~1.5 µs, a row looked up ~2.5 µs. */
const BLOCK_COST = 1.5;
const LOOKUP_COST = 2.5;
/**
 * In all at most this many times the rarest group's blocks where FTS5 would
 * rank instead: FTS5 seeks the other lists for each row of a rare word (at
 * 100k "dentistry waiting lists", 11 matches, it took ~0.5 ms; reading
 * waiting's and lists' blocks whole ~0.8).
 */
const FTS5_BLOCKS_PER_DRIVER_BLOCK = 32;
/** Where the threshold algorithm would rank instead, a rarest group of at most this many rows (each walked, ~0.1–0.3 µs). */
const MAX_DRIVER_ROWS = 4_096;
/**
 * Rows looked up for the long lists' share before giving the search to
 * FTS5: at least this many, and where FTS5 would rank anyway, as many as
 * cost what it would (~0.05 µs a posting it steps through).
 */
const MAX_LOOKUPS = 512;
const FTS5_POSTING_COST = 0.05;

/** How many rows may be looked up for a search FTS5 would otherwise rank (walking `walk` postings), or the threshold algorithm. */
export function lookupCap(otherwise: "fts5" | "lists", walk: number): number {
  return otherwise === "fts5" ? Math.max(MAX_LOOKUPS, (walk * FTS5_POSTING_COST) / LOOKUP_COST) : MAX_LOOKUPS;
}
/** Lists read whole at once: each takes a ListRows of its own (kept for the process: 8 bytes a row of the longest list it held and a bit a row id). */
const MAX_LISTS = 6;

/**
 * Whether every phrase of the search has a list of its own holding its
 * rows and counts: a word, or a two-word phrase whose pair list is whole
 * (kept uncut at the build; its rows as built, so only while no row has
 * changed: a changed row's phrase would be counted in its text).
 */
export function wholeListPhrases(phrases: readonly Phrase[], unchanged: boolean): boolean {
  return (
    phrases.length >= 1 &&
    phrases.length <= MAX_LISTS &&
    phrases.every((p) =>
      p.kind === "word" ? p.lists.length === 1 && p.lists[0]!.id === p.ids[0] : p.kind === "phrase" && unchanged && !!p.pair?.exact && p.pair.complete && p.lists[0]?.id === p.pair.id,
    )
  );
}

/** Phrase indexes by group (groups 0…n−1; excluded phrases are in none). */
function byGroup(phrases: readonly Phrase[]): number[][] {
  const groups = Math.max(-1, ...phrases.map((p) => p.group)) + 1;
  return Array.from({ length: groups }, (_, g) => phrases.flatMap((p, i) => (p.group === g ? [i] : [])));
}

/**
 * What can be read to rule rows out: each group but the rarest (all its
 * words' lists: a row with none of them cannot match) and each excluded
 * word; with the share of rows each lets through (as if words fell in rows
 * independently), shortest first. A word in nearly every row is read from
 * the list of the rows it is not in (`absent`) when that is much shorter:
 * which rows have it, without its counts — the rows that reach the page are
 * then looked up for them (about a page's worth, ~ABSENT_LOOKUP_BLOCKS).
 */
type Unit = { members: number[]; blocks: number; share: number; absent: boolean };

const ABSENT_LOOKUP_BLOCKS = 40;

function units(phrases: readonly Phrase[], driver: readonly number[], rows: number, absentFirst: boolean): Unit[] {
  const groups = byGroup(phrases).filter((g) => g !== driver && !g.every((i) => driver.includes(i)));
  const excluded = phrases.flatMap((p, i) => (p.group < 0 ? [[i]] : []));
  return [...groups, ...excluded]
    .map((members) => {
      const df = members.reduce((n, i) => n + phrases[i]!.lists[0]!.df, 0);
      const share = phrases[members[0]!]!.group < 0 ? 1 - df / rows : Math.min(1, df / rows);
      const own = members.reduce((n, i) => n + phrases[i]!.lists[0]!.blocks, 0);
      const absent = members.length === 1 ? phrases[members[0]!]!.absent : undefined;
      if (absent && (absentFirst || absent.blocks + ABSENT_LOOKUP_BLOCKS < own)) return { members, blocks: absent.blocks, share, absent: true };
      return { members, blocks: own, share, absent: false };
    })
    .sort((a, b) => a.blocks - b.blocks);
}

/**
 * Which lists are read whole before walking: the rarest group's, then, from
 * the shortest, each word of a group of its own whose list costs less to
 * read than looking up the rows it would rule out (as if words fell in rows
 * independently: rows leave, or "of", in nearly every row, never is), and
 * every phrase's. The rest are long; after the walk they are read too if
 * the rows left say so.
 */
export type WholeSplit = {
  /** The rarest group's phrases, and its rows and blocks. */
  driver: number[];
  driverRows: number;
  driverBlocks: number;
  /** Which phrases' lists are read before the walk, and their blocks in all. */
  read: boolean[];
  blocks: number;
  /** What may be read after the walk (units above), and the most blocks one may have (tests: 0). */
  units: Unit[];
  unitBlocks: number;
};

export function wholeSplit(phrases: readonly Phrase[], rows: number, opts: { unitBlocks?: number; absentFirst?: boolean } = {}): WholeSplit {
  const unitBlocks = opts.unitBlocks ?? Infinity;
  const groups = byGroup(phrases);
  const rowsOf = (group: number[]) => group.reduce((n, i) => n + phrases[i]!.lists[0]!.df, 0);
  const driver = groups.reduce((a, b) => (rowsOf(b) < rowsOf(a) ? b : a));
  const read = phrases.map((_, i) => driver.includes(i));
  const driverRows = rowsOf(driver);
  const driverBlocks = driver.reduce((n, i) => n + phrases[i]!.lists[0]!.blocks, 0);
  let blocks = driverBlocks;
  let left = driverRows;
  const all = units(phrases, driver, rows, opts.absentFirst ?? false);
  for (const u of all) {
    // A phrase's rows are known from its list alone (a row looked up would have it counted in its text): always read.
    if (!u.members.some((i) => phrases[i]!.kind === "phrase")) {
      if (u.blocks > unitBlocks || blocks + u.blocks > MAX_BLOCKS) continue;
      // A word's absent list also makes the count exact, which FTS5 would otherwise make by walking the word's own list.
      const counts = u.absent && u.blocks * BLOCK_COST < phrases[u.members[0]!]!.df * FTS5_POSTING_COST;
      if (!counts && left * (1 - u.share) * LOOKUP_COST < u.blocks * BLOCK_COST) continue;
    }
    for (const i of u.members) read[i] = true;
    blocks += u.blocks;
    left *= u.share;
  }
  return { driver, driverRows, driverBlocks, read, blocks, units: all, unitBlocks };
}

/**
 * Whether to rank from whole lists, given what would rank otherwise: FTS5
 * (the rarest group in few rows), or the threshold algorithm over the lists
 * — which keeps words ANDed, reading short lists whole only once lookups
 * have cost as much: from whole lists, at 100k "special educational needs"
 * took 2.2–2.5 ms against 1.8 in a rotation of the mix (typed arrays by row
 * id are touched all over, and cold), but words ORed, each row of which it
 * looks up, are read whole (sewage OR wastewater 1.0–1.15 → 0.5 ms).
 */
export function wholeIsCheaper(
  phrases: readonly Phrase[],
  groups: readonly { df: number }[],
  rows: number,
  otherwise: "fts5" | "lists",
  split?: WholeSplit,
  filtered = false,
): boolean {
  // (Rows changed since the build rule out a pair's list: the caller's wholeListPhrases.)
  if (!wholeListPhrases(phrases, true)) return false;
  const { blocks, driverBlocks, driverRows, units, read } = split ?? wholeSplit(phrases, rows);
  if (blocks > MAX_BLOCKS) return false;
  // A phrase with a filter: FTS5 would count its matches from its words'
  // positions ("net zero" dept:environment status:answered at 100k, 4,630
  // matches: ~1.7 ms), where its whole list both ranks and counts them in
  // one walk (1.9 → 1.2 ms in a rotation of the mix). A word alone is
  // ranked by the threshold algorithm and its count estimated: scoring
  // every row that passes cost more (defence status:answered, 7,929 rows:
  // 0.6 → 3.6 ms).
  if (phrases.length === 1) return filtered && phrases[0]!.kind === "phrase";
  if (otherwise === "fts5") return blocks <= FTS5_BLOCKS_PER_DRIVER_BLOCK * driverBlocks;
  if (driverRows > MAX_DRIVER_ROWS) return false;
  // Words ANDed with one in nearly every row: the threshold algorithm would leave the count to FTS5, walking that word's list ("cost of living").
  if (units.some((u) => u.absent && read[u.members[0]!] && phrases[u.members[0]!]!.group >= 0)) return true;
  return groups.length === 1 && phrases.filter((p) => p.group === 0).length >= 2;
}

export type WholeRanking = {
  /** Matches passing the filter, when every row left was decided (otherwise the caller counts). */
  total: number | null;
};

/**
 * Ranks into `rows` (its scored map and page threshold): every unchanged
 * match is scored here, changed rows (`changed`) are left to the caller.
 * Null when a row's length is not kept (an index without it) or the long
 * lists would need too many lookups: the caller gives the search to FTS5.
 */
export function rankWhole(
  reader: SqliteReader,
  phrases: readonly Phrase[],
  split: WholeSplit,
  avgdl: number,
  rows: RowScorer,
  plan: Pick<FilterPlan, "inSet" | "fails">,
  changed: ReadonlySet<number>,
  want: number,
  /** Rows looked up at most (lookupCap). */
  maxLookups: number,
): WholeRanking | null {
  const lengthOf = attrLengths(reader, changed);
  if (!lengthOf) return null;
  const before = rows.scored.size;
  const { driver, read, unitBlocks } = split;
  // Phrases read from their absent list: a row is theirs when it is not listed.
  const viaAbsent = phrases.map(() => false);
  for (const u of split.units) if (u.absent) viaAbsent[u.members[0]!] = true;
  const load = (i: number) => loadList(reader, viaAbsent[i] ? phrases[i]!.absent! : phrases[i]!.lists[0]!, i);
  const lists: (ListRows | null)[] = phrases.map((_, i) => (read[i] ? load(i) : null));
  /** Whether the row has phrase i, for a phrase whose list (or absent list) is read. */
  const has = (i: number, row: number) => lists[i]!.has(row) !== viaAbsent[i];
  const others = byGroup(phrases).filter((g) => g.some((i) => !driver.includes(i)));
  const excluded = phrases.flatMap((p, i) => (p.group < 0 ? [i] : []));
  /** Whether a row can still match, from the lists read so far. */
  const possible = (row: number): boolean => {
    for (const g of others) {
      let any = false;
      for (const i of g) any ||= !lists[i] || has(i, row);
      if (!any) return false;
    }
    for (const i of excluded) if (lists[i] && has(i, row)) return false;
    return true;
  };
  const { inSet, fails } = plan;

  // The rows that can match, from the rarest group's (a row of two of its
  // words ORed is met twice: taken once), in row order: the other lists'
  // bitmaps and the rows' columns are then read front to back (in a
  // rotation of searches, checking "net zero"'s 4,630 rows against a
  // department and a status in the order read cost 0.8 ms, 0.4 in row order).
  let left: number[] = [];
  for (const row of ListRows.inOrder(driver.map((d) => lists[d]!))) {
    if (changed.has(row) || !possible(row) || (inSet && !inSet.has(row)) || fails?.(row)) continue;
    left.push(row);
  }
  // Long lists are read after all when looking up the rows left would cost more (words that come together, "special educational needs").
  for (const u of split.units) {
    if (u.members.every((i) => lists[i]) || u.blocks > unitBlocks) continue;
    if (left.length * LOOKUP_COST < u.blocks * BLOCK_COST) break;
    for (const i of u.members) lists[i] ??= load(i);
    left = left.filter(possible);
  }

  const idfs = phrases.map((p) => p.idf);
  const tfs = phrases.map(() => 0);
  // Counts are known for the lists read, not for those read from absent lists.
  const counted = phrases.map((_, i) => !!lists[i] && !viaAbsent[i]);
  const long = phrases.flatMap((_, i) => (counted[i] ? [] : [i]));
  // What the long words can add to a row: each one's idf times the most a count saturates to.
  const longBound = long.reduce((n, i) => n + (phrases[i]!.group < 0 ? 0 : phrases[i]!.idf * (BM25_K1 + 1)), 0);
  const countOf = leftCounts(left, lists, counted);
  const top = new TopScores(want);
  const ids: number[] = [];
  const scores: number[] = [];
  for (let k = 0; k < left.length; k++) {
    const row = left[k]!;
    const len = lengthOf(row);
    // Listed but gone (its question deleted is a change, so this is only an index of another build).
    if (len < 0) return null;
    for (let i = 0; i < tfs.length; i++) tfs[i] = countOf[k * tfs.length + i]!;
    const s = bm25Score(idfs, tfs, len, avgdl);
    if (!long.length) {
      // Ties with the page's last stay: the order breaks them by date.
      if (top.full && s < top.worst) continue;
      top.add(s);
    }
    ids.push(row);
    // With long lists this is the row's share from the others: its bound adds what the long ones can.
    scores.push(s + longBound);
  }
  if (!long.length) {
    // Only rows that can still be on the page (or tie with its last) go to the caller's order.
    for (let k = 0; k < ids.length; k++) {
      if (scores[k]! < top.worst) continue;
      rows.scored.set(ids[k]!, scores[k]!);
      rows.top.add(scores[k]!);
    }
    return { total: left.length };
  }
  // Looked up best bound first, until no bound left reaches the page.
  const order = ids.map((_, k) => k).sort((a, b) => scores[b]! - scores[a]!);
  let k = 0;
  while (k < order.length && !(rows.top.full && scores[order[k]!]! * MARGIN < rows.top.worst)) {
    if (k >= maxLookups) return null;
    const batch = order.slice(k, k + 16).map((j) => ids[j]!);
    k += batch.length;
    rows.score(batch);
  }
  // Every row left looked up: the matches are those scored here; or, every list read (some as absent lists), the rows left.
  if (k === ids.length) return { total: rows.scored.size - before };
  return { total: long.every((i) => lists[i]) ? ids.length : null };
}

const leftRows = new ListRows();
const leftIndex = new RowTable();

/**
 * The counts of the rows left (`left`), phrase by phrase (row k's count of
 * phrase i at k × phrases + i; 0 where not counted), gathered by walking
 * each counted list once: a posting's row is checked against a bitmap of
 * the rows left, and only those it holds are looked for in a table of them,
 * which is as small as they are few — where looking each row up in each
 * list's table missed the cache.
 */
function leftCounts(left: readonly number[], lists: readonly (ListRows | null)[], counted: readonly boolean[]): Float64Array {
  const n = lists.length;
  const out = new Float64Array(left.length * n);
  if (!left.length || !counted.some(Boolean)) return out;
  leftRows.reset();
  leftIndex.reset(left.length);
  for (let k = 0; k < left.length; k++) {
    leftRows.add(left[k]!, 0);
    leftIndex.set(left[k]!, k);
  }
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (!counted[i] || !list) continue;
    const { rows, counts, size } = list;
    for (let p = 0; p < size; p++) {
      if (!leftRows.has(rows[p]!)) continue;
      out[leftIndex.get(rows[p]!) * n + i] = counts[p]!;
    }
  }
  return out;
}
