import { saturation } from "@/lib/search/bm25";
import { forEachPosting } from "@/lib/search/rank-parts";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { Phrase, Word } from "@/lib/data/rank-phrases-sqlite";
import { RowTable } from "@/lib/search/row-table";
import { BLOCK_SIZE } from "@/lib/data/rank-index-build-sqlite";

/**
 * A short posting list read whole while ranking, as row → the most its
 * count can add (lib/data/rank-topk-sqlite.ts): with words ANDed, a row met
 * in another list that is not in this one cannot match and is passed over
 * without a lookup, and one that is gets this list's share of its bound
 * from its own count rather than from the list's bound so far. At 100k
 * questions "cost of living" looked up 768 rows, most of them with "living"
 * but not "cost" or the reverse; the two lists are 201 blocks.
 *
 * The rows are kept in tables sized to the list (lib/search/row-table.ts),
 * reused by the searches of the process and told apart by a stamp each
 * time, so that a list of thousands is taken in at a few ns a posting and
 * a row is checked in a probe or two (a Map cost ~0.1 µs a posting; arrays
 * indexed by row id, as fast hot, missed the cache in a rotation). Lists
 * read whole to rank from them alone are kept as ListRows (below).
 */

/** A saturation rounded up to a float32 stays above the float64 it bounds. */
const ROUND_UP = 1 + 1e-6;

export type ListMembers = {
  /** The most this row's count in the list saturates to (its block's shortest length), or -1 when the row is not in the list. */
  sat(row: number): number;
};

/** A list's blocks in order (LIMIT -1: all of them). */
const BLOCKS_SQL = `SELECT "data" FROM "search_block" WHERE "termId" = ? ORDER BY "ord" LIMIT ?`;

/** Blocks of a phrase's own list read whole before ranking (~25 µs). */
export const PAIR_WHOLE_BLOCKS = 16;

/**
 * A phrase's own list of at most PAIR_WHOLE_BLOCKS blocks read whole into
 * `counts` (row → the phrase's weighted count), so that beside other phrases
 * ORed a row met for them that is not in it lacks this one, with no text to
 * count ("fuel poverty" OR "energy bills" counted ~80 rows' text for want
 * of it). True when every row of the phrase is there, i.e. unless the list
 * was cut at the build (its empty last block) or is longer.
 */
export function readPairWhole(reader: SqliteReader, pairId: number, counts: Map<number, number>): boolean {
  const blocks = reader.statement(BLOCKS_SQL).pluck().all(pairId, PAIR_WHOLE_BLOCKS + 1) as Buffer[];
  if (blocks.length > PAIR_WHOLE_BLOCKS || blocks.some((b) => !b.length)) return false;
  for (const data of blocks) forEachPosting(data, (row, tf) => counts.set(row, tf));
  return true;
}

/** Tables of the lists the threshold algorithm reads whole, by slot (see WholeLists). */
const memberTables: RowTable[] = [];

/**
 * Reads every block of the word's list into table `index` (one per list of
 * a search), as row → the most its count saturates to.
 */
export function loadMembers(reader: SqliteReader, word: Word, index: number, avgdl: number): ListMembers {
  const sats = (memberTables[index] ??= new RowTable());
  sats.reset(word.blocks * BLOCK_SIZE);
  for (const data of reader.statement(BLOCKS_SQL).pluck().iterate(word.id, -1) as Iterable<Buffer>) {
    forEachPosting(data, (row, tf, minLen) => sats.set(row, saturation(tf, minLen, avgdl) * ROUND_UP));
  }
  return { sat: (row) => sats.get(row) };
}

/**
 * A list read whole (lib/data/rank-whole-sqlite.ts): its rows and weighted
 * counts in the order read, and which rows it has as a bitmap by row id
 * (12.5 KB at 100,000 questions, 125 KB at a million), so that the rows of
 * one list are checked against the others' in a probe that stays in the
 * processor's cache, and walked in row order. Tables by row (RowTable),
 * 400 KB for a list of 10,000 rows, missed the cache on nearly every probe
 * in a rotation of different searches.
 */
export class ListRows {
  rows = new Int32Array(BLOCK_SIZE);
  counts = new Float32Array(BLOCK_SIZE);
  size = 0;
  private bits = new Uint32Array(0);
  /** Words of the bitmap written since the last reset. */
  private used = 0;

  reset(): void {
    this.bits.fill(0, 0, this.used);
    this.used = 0;
    this.size = 0;
  }

  add(row: number, count: number): void {
    if (this.size === this.rows.length) {
      const rows = new Int32Array(this.size * 2);
      rows.set(this.rows);
      this.rows = rows;
      const counts = new Float32Array(this.size * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.rows[this.size] = row;
    this.counts[this.size++] = count;
    const w = row >>> 5;
    if (w >= this.bits.length) {
      const bits = new Uint32Array(Math.max(w + 1, this.bits.length * 2));
      bits.set(this.bits);
      this.bits = bits;
    }
    this.bits[w]! |= 1 << (row & 31);
    if (w >= this.used) this.used = w + 1;
  }

  has(row: number): boolean {
    const w = row >>> 5;
    return w < this.used && (this.bits[w]! & (1 << (row & 31))) !== 0;
  }

  /** The distinct rows of these lists, ascending (from their bitmaps). */
  static inOrder(lists: readonly ListRows[]): Int32Array {
    const out = new Int32Array(lists.reduce((n, l) => n + l.size, 0));
    const words = Math.max(0, ...lists.map((l) => l.used));
    let at = 0;
    for (let w = 0; w < words; w++) {
      let x = 0;
      for (const l of lists) if (w < l.used) x |= l.bits[w]!;
      while (x !== 0) {
        const low = x & -x;
        out[at++] = (w << 5) + 31 - Math.clz32(low);
        x ^= low;
      }
    }
    return out.subarray(0, at);
  }
}

/** Lists read whole, one per list of a search (by index), reused from search to search. */
const listSlots: ListRows[] = [];

/** Reads every block of the word's list into slot `index` (one per list of a search). */
export function loadList(reader: SqliteReader, word: Word, index: number): ListRows {
  const list = (listSlots[index] ??= new ListRows());
  list.reset();
  // all(), not iterate(): ~35% less per block.
  for (const data of reader.statement(BLOCKS_SQL).pluck().all(word.id, -1) as Buffer[]) forEachPosting(data, (row, tf) => list.add(row, tf));
  return list;
}

/**
 * Blocks of words ANDed that may be read whole, once the rows looked up in
 * vain (lacking a word) have cost as much: words that mostly come together
 * ("special educational needs", "net zero") then never are, where reading
 * them whole cost more than it saved (at 100k net zero 0.3 → 0.8 ms).
 */
const WHOLE_BLOCKS = 512;
const MAX_WHOLE_LISTS = 4;
/** Measured at 100k: a row looked up ~2.6 µs, a block read whole ~1.6 µs. */
const LOOKUP_COST = 2.6;
const BLOCK_COST = 1.6;

/**
 * Which of a search's lists are read whole, and when: with two groups or
 * more, each word that is a group of its own with a list no other phrase
 * reads, shortest first, while their blocks add up to at most WHOLE_BLOCKS
 * (a word in nearly every row, "of", is far too long); each once the rows
 * looked up that lacked its word have cost as much as reading it would
 * (then at most twice the cheaper way).
 */
export class WholeLists<L extends { word: Word }> {
  /** The lists read whole so far, with their rows. */
  readonly read: { list: L; members: ListMembers }[] = [];
  private readonly candidates: { list: L; group: number }[] = [];
  /** The next table to read into (never reused within a search, even for a list dropped). */
  private nextSlot = 0;

  constructor(
    private readonly reader: SqliteReader,
    included: readonly Phrase[],
    groups: number,
    lists: readonly L[],
    private readonly avgdl: number,
  ) {
    let blocks = 0;
    if (groups >= 2) {
      const users = (l: L) => included.filter((p) => p.lists.some((w) => w.id === l.word.id));
      for (const list of [...lists].sort((a, b) => a.word.blocks - b.word.blocks)) {
        const [p, ...more] = users(list);
        if (!p || more.length || p.kind !== "word" || included.filter((q) => q.group === p.group).length !== 1 || list.word.blocks <= 1) continue;
        if (blocks + list.word.blocks > WHOLE_BLOCKS || this.candidates.length >= MAX_WHOLE_LISTS) break;
        blocks += list.word.blocks;
        this.candidates.push({ list, group: p.group });
      }
    }
  }

  /** Stops using any list another phrase has come to read (after a cut list's phrases went on with their words' lists). */
  dropShared(included: readonly Phrase[]): void {
    const shared = (l: L) => included.filter((p) => p.lists.some((w) => w.id === l.word.id)).length > 1;
    for (let i = this.candidates.length - 1; i >= 0; i--) if (shared(this.candidates[i]!.list)) this.candidates.splice(i, 1);
    for (let i = this.read.length - 1; i >= 0; i--) if (shared(this.read[i]!.list)) this.read.splice(i, 1);
  }

  /** After rows were scored: `lacking[g]`, rows scored so far that lacked group g. */
  update(lacking: readonly number[]): void {
    for (const { list, group } of this.candidates) {
      if (this.read.some((m) => m.list === list) || lacking[group]! * LOOKUP_COST < list.word.blocks * BLOCK_COST) continue;
      this.read.push({ list, members: loadMembers(this.reader, list.word, this.nextSlot++, this.avgdl) });
    }
  }
}
