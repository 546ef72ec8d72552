import { bm25Score } from "@/lib/search/bm25";
import { TopScores } from "@/lib/search/rank-parts";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import { BLOCK_SIZE } from "@/lib/data/rank-index-build-sqlite";
import type { Phrase } from "@/lib/data/rank-phrases-sqlite";
import type { FilterPlan } from "@/lib/data/rank-filter-sqlite";
import type { RowScorer } from "@/lib/data/rank-rows-sqlite";
import { attrLengths } from "@/lib/data/rank-attrs-sqlite";
import { loadCounts, nextMembersStamp, type ListCounts } from "@/lib/data/rank-members-sqlite";

/**
 * Words (ANDed, ORed, excluded) whose lists are all short enough are
 * ranked from the lists alone: each is read whole into typed arrays (row →
 * its weighted count), the rarest group's rows are walked, and a row in
 * every group (and no excluded word's list) is scored exactly from its
 * counts and its length kept beside the filterable columns
 * (lib/data/rank-attrs.ts) — bm25() needs nothing else for words. No row is
 * looked up (the threshold algorithm looked up ~2.5 µs a row: at 100k
 * "special educational needs" 320 rows, every one a match), and the matches
 * are counted on the way, exactly, where FTS5 then counted them again.
 * Xapian ranks the same way, from postings and a table of lengths.
 *
 * Rows changed since the build are scored from their current words by the
 * caller's RowScorer (their old postings are skipped here).
 */

/**
 * Lists read whole in all at most this many blocks (~1 µs a block hot, ~3 µs
 * in a rotation of different searches).
 */
const MAX_BLOCKS = 256;
/**
 * …and at most this many times the rarest group's blocks where FTS5 would
 * rank instead: FTS5 seeks the other lists for each row of a rare word (at
 * 100k "dentistry waiting lists", 11 matches, it took ~0.5 ms; reading
 * waiting's and lists' blocks whole ~0.8).
 */
const FTS5_BLOCKS_PER_DRIVER_BLOCK = 32;
/** Lists read whole at once: each takes a slot of typed arrays (8 bytes a row id). */
const MAX_LISTS = 6;

/** Whether the search is words only (no phrase or prefix), two or more, with lists in all. */
export function wordsOnlyPhrases(phrases: readonly Phrase[]): boolean {
  return phrases.length >= 2 && phrases.length <= MAX_LISTS && phrases.every((p) => p.kind === "word" && p.lists.length === 1 && p.lists[0]!.id === p.ids[0]);
}

/**
 * Whether to rank from whole lists, given what would rank otherwise: FTS5
 * (the rarest group in few rows) or the threshold algorithm over the lists,
 * which for one group (a word with others excluded) finds its page in the
 * best blocks of that word and is left to it.
 */
export function wholeIsCheaper(phrases: readonly Phrase[], groups: readonly { df: number }[], otherwise: "fts5" | "lists"): boolean {
  if (!wordsOnlyPhrases(phrases)) return false;
  const blocks = phrases.reduce((n, p) => n + p.lists[0]!.blocks, 0);
  if (blocks > MAX_BLOCKS) return false;
  if (otherwise === "fts5") return blocks <= FTS5_BLOCKS_PER_DRIVER_BLOCK * Math.ceil(Math.min(...groups.map((g) => g.df)) / BLOCK_SIZE);
  return groups.length >= 2 || phrases.filter((p) => p.group === 0).length >= 2;
}

export type WholeRanking = {
  /** Matches passing the filter: exact. */
  total: number;
};

/**
 * Ranks into `rows` (its scored map and page threshold): every unchanged
 * match is scored here, changed rows (`changed`) are left to the caller.
 * Null when a row's length is not kept (an index without it): the caller
 * ranks the usual way.
 */
export function rankWhole(
  reader: SqliteReader,
  phrases: readonly Phrase[],
  groups: number,
  avgdl: number,
  rows: RowScorer,
  plan: Pick<FilterPlan, "inSet" | "fails">,
  changed: ReadonlySet<number>,
  want: number,
): WholeRanking | null {
  const lengthOf = attrLengths(reader, changed);
  if (!lengthOf) return null;
  // The group with the fewest rows drives: a match is among its rows.
  const inGroup = Array.from({ length: groups }, (_, g) => phrases.flatMap((p, i) => (p.group === g ? [i] : [])));
  const rowsOf = (group: number[]) => group.reduce((n, i) => n + phrases[i]!.lists[0]!.df, 0);
  const driver = inGroup.reduce((a, b) => (rowsOf(b) < rowsOf(a) ? b : a));
  const stamp = nextMembersStamp();
  const lists: ListCounts[] = phrases.map((p, i) => loadCounts(reader, p.lists[0]!, i, stamp, driver.includes(i)));
  const stamps = lists.map((l) => l.stamps);
  const counts = lists.map((l) => l.counts);
  const others = inGroup.filter((g) => g !== driver);
  const excluded = phrases.flatMap((p, i) => (p.group < 0 ? [i] : []));
  const idfs = phrases.map((p) => p.idf);
  const tfs = phrases.map(() => 0);
  const has = (i: number, row: number) => row < stamps[i]!.length && stamps[i]![row] === stamp;
  const { inSet, fails } = plan;

  const ids: number[] = [];
  const scores: number[] = [];
  const top = new TopScores(want);
  // A row of two of the driver's words (ORed) is met twice: walked once.
  const walked = driver.length > 1 ? new Set<number>() : null;
  let total = 0;
  for (const d of driver) {
    next: for (const row of lists[d]!.rows!) {
      if (changed.has(row)) continue;
      if (walked) {
        if (walked.has(row)) continue;
        walked.add(row);
      }
      for (const g of others) {
        let any = false;
        for (const i of g) any ||= has(i, row);
        if (!any) continue next;
      }
      for (const i of excluded) if (has(i, row)) continue next;
      if ((inSet && !inSet.has(row)) || fails?.(row)) continue;
      const len = lengthOf(row);
      // Listed but gone (its question deleted is a change, so this is only an index of another build): scored the usual way.
      if (len < 0) return null;
      for (let i = 0; i < tfs.length; i++) tfs[i] = has(i, row) ? counts[i]![row]! : 0;
      const s = bm25Score(idfs, tfs, len, avgdl);
      total++;
      // Ties with the page's last stay: the order breaks them by date.
      if (top.full && s < top.worst) continue;
      top.add(s);
      ids.push(row);
      scores.push(s);
    }
  }
  // Only rows that can still be on the page (or tie with its last) go to the caller's order.
  for (let k = 0; k < ids.length; k++) {
    if (scores[k]! < top.worst) continue;
    rows.scored.set(ids[k]!, scores[k]!);
    rows.top.add(scores[k]!);
  }
  return { total };
}
