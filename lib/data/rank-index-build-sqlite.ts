import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { BM25_WEIGHTS, saturation } from "@/lib/search/bm25";
import { best, bestFirst } from "@/lib/search/best-first";
import { columnWordIds } from "@/lib/search/doc-terms";
import { WordTable } from "@/lib/search/word-table";
import { RowWordCounts } from "@/lib/search/row-word-counts";
import { VarintWriter } from "@/lib/search/varint";
import { TextVarintWriter } from "@/lib/search/text-varint";
import { PostingUnion } from "@/lib/search/posting-union";
import { grown } from "@/lib/search/grow";
import { PairCollector, pairListKey, tripleListKey } from "@/lib/data/rank-index-pairs";
import { encodeSortedDocTerms, ftsTokenizer, ftsTotals, ROW_TEXT_ATTRS_SQL, sqliteVarints } from "@/lib/data/rank-index-sqlite";
import { AttrWriter } from "@/lib/data/rank-attrs-sqlite";

/**
 * Builds the rank index (prisma/migrations/*_search_rank) from scratch out of
 * every question's indexed text, in one transaction on a write connection:
 * each row's words with their weighted counts ("search_doc"), each word's
 * row count ("search_term") and its postings best first in blocks with the
 * bound of what is left ("search_block"). Everything marked changed is then
 * current, so "search_dirty" and "search_delta" are emptied.
 *
 * Held in typed arrays while building: ~6 bytes per (row, word) pair twice
 * (1M questions ≈ 108M pairs ≈ 1.3 GB).
 */

/**
 * The layout of "search_block" and "search_doc" this code writes and reads;
 * an index of another is rebuilt by the next settle (searches meanwhile go
 * to FTS5). 2: a block is its shortest row's length, then (row, count) pairs;
 * 5: with the filterable columns ("search_attr") and three-word phrase lists;
 * 6: a row's word list in text varints (lib/search/text-varint.ts);
 * 7: a row's length beside its filterable columns; 8: absent lists;
 * 9: pair lists of words that mostly come together kept whole; 10: only
 * those in at least WHOLE_PAIR_MIN_SHARE of the rows; 11: and any pair list
 * within NEAR_CUT of what it would keep.
 */
export const RANK_INDEX_FORMAT = 11;

/** Postings per block: reading one costs about as much as looking up a row. */
export const BLOCK_SIZE = 64;

/** A word with more blocks than this has a long list (a prefix expanding to two of them gets a merged list). */
export const LONG_LIST_BLOCKS = 4;

/** A prefix with more expansions than this is left to FTS5 (lib/data/rank-phrases-sqlite.ts). */
export const MAX_EXPANSIONS = 64;

/**
 * A merged prefix list or a pair list keeps only its best blocks (a search
 * finds its page in the first few unless a filter passes few rows, and then
 * goes to FTS5): in full the merged lists alone doubled the index.
 */
export const CUT_BLOCKS = 16;

/**
 * A pair list keeps at least this share of its rows (beyond CUT_BLOCKS):
 * "waiting times" with a department of 13% of the questions at 1M read past
 * its best 1,024 rows into text counting (34 ms).
 */
const PAIR_KEEP_SHARE = 0.05;

/**
 * A pair list of at most this many rows, and in at least this share of all
 * rows, whose words mostly come together (the pair in at least half its
 * rarer word's rows: "net zero", not "the department") is kept whole,
 * uncut: a phrase with a filter is then ranked and counted exactly from it
 * alone (lib/data/rank-whole-sqlite.ts), where past the cut rows' text was
 * counted and FTS5 counted the matches from positions ("net zero"
 * dept:environment status:answered at 100k, 4,630 rows: ~3 ms in a
 * rotation). A rarer phrase's positions cost FTS5 less to count: without
 * the share, a million questions kept whole the pairs of 1,024–8,192 rows,
 * 10 MiB (1%) more rank index (958.9 against 948.5 MiB) for searches that
 * were not slow.
 */
const WHOLE_PAIR_ROWS = 8_192;
const WHOLE_PAIR_MIN_SHARE = 0.02;
/**
 * A pair list at most this much longer than the part it would keep is kept
 * whole: "council tax" at 100k has 1,122 rows, 34 past the 1,088 a cut list
 * keeps, and cut, a filter on it was counted by FTS5 from positions.
 */
const NEAR_CUT = 1.25;

/** A two-word phrase in at least this many rows gets a list (below, its rarer word's list finds it in few reads). */
export const PAIR_MIN_ROWS = 256;

/**
 * …or in at least this share of the rows and 128 rows: on a smaller corpus
 * a phrase as common relatively as one with a list at a million ("fuel
 * poverty", 197 of 100k questions) was left to FTS5, which ranked it with
 * "energy bills" in ~2 ms. Only below ~200,000 rows does this lower the bar.
 */
const PAIR_MIN_SHARE = 0.00125;
const PAIR_MIN_FLOOR = 128;

export function pairMinRows(rows: number): number {
  return Math.min(PAIR_MIN_ROWS, Math.max(PAIR_MIN_FLOOR, Math.ceil(rows * PAIR_MIN_SHARE)));
}

/**
 * A three-word phrase gets a list when it is in at least PAIR_MIN_ROWS rows
 * and this share of all rows: at 1M questions 72,000 triples are in 256 rows
 * or more, and their lists took ~190 MB; keeping the ~6,000 in 0.2% of the
 * rows (2,000), where counting in text costs most, took the rank index from
 * 1,052 to 919 MiB.
 */
const TRIPLE_MIN_SHARE = 0.002;

/**
 * A word in at least this share of the rows also gets the list of the rows
 * it is not in ("of": 184 of 100k questions), so that a search ANDing it
 * learns which rows lack it without reading its own list (1,560 blocks) or
 * looking rows up (lib/data/rank-whole-sqlite.ts).
 */
export const ABSENT_MIN_SHARE = 0.75;

/** The search_term key of the list of rows lacking this word (id): after the merged (U+0001), pair and triple lists' keys, before any word. */
export function absentListKey(wordId: number): string {
  return `\u0004${wordId}`;
}

/** Shortest prefix given a merged list. */
const MIN_PREFIX = 2;

/**
 * The search_term key of the merged list of these words (ids), for a prefix
 * that expanded to exactly them when the index was built: no word starts
 * with U+0001, so no prefix's range of words reaches it.
 */
export function mergedListKey(wordIds: readonly number[]): string {
  return `\u0001${[...wordIds].sort((a, b) => a - b).join(",")}`;
}

export type RankIndexBuild = {
  rows: number;
  terms: number;
  postings: number;
  blocks: number;
  /** Merged lists of prefixes expanding to several long lists. */
  mergedLists: number;
  /** Lists of two-word phrases. */
  pairLists: number;
  /** Lists of three-word phrases. */
  tripleLists: number;
  /** Lists of the rows lacking a word in nearly every row. */
  absentLists: number;
  /** Rows whose length in tokens differs from FTS5's (a tokenizer disagreement; should be 0). */
  lengthMismatches: number;
  seconds: number;
};

export function buildRankIndex(
  db: Database.Database,
  opts: { cutBlocks?: number; pairMinRows?: number; absentMinShare?: number; wholePairRows?: number; wholePairMinShare?: number } = {},
): RankIndexBuild {
  const started = performance.now();
  const table = new WordTable();
  const termNames = table.words;
  const df: number[] = [];
  let pairs = new Growable(1 << 20);
  const docRow: number[] = [];
  const docLen: number[] = [];
  const docStart: number[] = [];
  let tokens = 0;

  const ftsLength = db.prepare(`SELECT "sz" FROM "question_search_docsize" WHERE "id" = ?`).pluck();
  let lengthMismatches = 0;
  let mergedLists = 0;
  let pairLists = 0;
  let tripleLists = 0;
  let absentLists = 0;
  let nextId = 0;

  const run = db.transaction(() => {
    db.exec(`DELETE FROM "search_doc"; DELETE FROM "search_block"; DELETE FROM "search_term"; DELETE FROM "search_delta"; DELETE FROM "search_dirty";`);
    const foreign = ftsTokenizer(db);
    // Impacts at the average length bm25() will use: FTS5's own totals, which
    // are not the rows' (a contentless_delete table's deletes leave its totals
    // alone, so every re-indexed row counts again).
    const fts = ftsTotals((sql) => db.prepare(sql));
    // Room for every word and column mark, so the sequence is not copied as it grows (more is found room for).
    const pairRows = new PairCollector(fts.tokens + 3 * fts.rows);
    const insertDoc = db.prepare(`INSERT INTO "search_doc"("rowid", "len", "terms") VALUES (?, ?, ?)`);
    const w = new TextVarintWriter();
    const attrs = new AttrWriter(db);
    const counts = new RowWordCounts();
    const ids: number[] = [];
    for (const [id, heading, question, answer, member, dept, tabled, due, status, house] of rowTexts(db)) {
      pairRows.row();
      // As docTerms counts a row (lib/search/doc-terms.ts), word numbers in place of words.
      let length = 0;
      for (let col = 0; col < 3; col++) {
        const text = col === 0 ? heading : col === 1 ? question : answer;
        if (!text) continue;
        const weight = BM25_WEIGHTS[col]!;
        columnWordIds(text, foreign, table, ids);
        for (const tid of ids) counts.add(tid, weight);
        pairRows.column(col, ids);
        length += ids.length;
      }
      while (df.length < termNames.length) df.push(0);
      attrs.add({ id, member, dept, len: length, tabled, due, status, house });
      const row = counts.take();
      docStart.push(pairs.length);
      docRow.push(id);
      docLen.push(length);
      tokens += length;
      for (let k = 0; k < row.words.length; k++) {
        df[row.words[k]!]!++;
        pairs.push(row.words[k]!, row.counts[k]!);
      }
      insertDoc.run(id, length, encodeSortedDocTerms(w, row.words, row.counts));
      const sz = ftsLength.get(id) as Buffer | undefined;
      if (sz && columnSizeTotal(sz) !== length) lengthMismatches++;
    }
    const avgdl = fts.rows ? fts.tokens / fts.rows : docRow.length ? tokens / docRow.length : 1;

    // Postings grouped by word (a counting sort over the row-ordered pairs).
    const offsets = new Uint32Array(df.length + 1);
    for (let t = 0; t < df.length; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const fill = offsets.slice(0, df.length);
    const postDoc = new Uint32Array(pairs.length);
    const postTf = new Uint32Array(pairs.length);
    for (let d = 0; d < docRow.length; d++) {
      const end = d + 1 < docStart.length ? docStart[d + 1]! : pairs.length;
      for (let k = docStart[d]!; k < end; k++) {
        const at = fill[pairs.term(k)]!++;
        postDoc[at] = d;
        postTf[at] = pairs.tf(k);
      }
    }
    pairs = new Growable(0);

    const insertTerm = db.prepare(`INSERT INTO "search_term"("term", "id", "df", "blocks") VALUES (?, ?, ?, ?)`);
    const insertBlock = db.prepare(`INSERT INTO "search_block"("termId", "ord", "rest", "data") VALUES (?, ?, ?, ?)`);
    let blockCount = 0;
    const block = new VarintWriter(BLOCK_SIZE * 8 + 8);
    /** One list, best first: `docs` are row numbers (into docRow) in ascending order, `tfs` their weighted counts. */
    const writeList = (termId: number, term: string, docs: Uint32Array, tfs: Uint32Array, maxBlocks = Infinity): number => {
      const n = docs.length;
      const impact = new Float64Array(n);
      for (let i = 0; i < n; i++) impact[i] = saturation(tfs[i]!, docLen[docs[i]!]!, avgdl);
      // A cut list keeps its best `keep` postings (equal impacts by row) and bounds the rest.
      const { idx, rest: cutRest } = best(impact, docs, Math.min(n, maxBlocks * BLOCK_SIZE));
      bestFirst(idx, impact);
      const kept = Math.ceil(idx.length / BLOCK_SIZE);
      const bounds = new Float64Array(kept);
      const datas: Buffer[] = [];
      for (let b = 0; b < kept; b++) {
        // In row order: docs ascending, so by index (docRow too is ascending).
        const members = idx.subarray(b * BLOCK_SIZE, Math.min(idx.length, (b + 1) * BLOCK_SIZE)).sort();
        let most = 0;
        let minLen = Infinity;
        for (const p of members) {
          const len = docLen[docs[p]!]!;
          minLen = Math.min(minLen, len);
          most = Math.max(most, impact[p]!);
        }
        // The shortest row's length, then (row, weighted count) pairs: a row's own length is in its word list.
        block.reset();
        block.write(minLen);
        let prev = 0;
        for (const p of members) {
          const row = docRow[docs[p]!]!;
          block.write(row - prev);
          block.write(tfs[p]!);
          prev = row;
        }
        bounds[b] = most;
        datas.push(block.bytes());
      }
      let rest = cutRest;
      for (let b = kept - 1; b >= 0; b--) {
        rest = Math.max(rest, bounds[b]!);
        bounds[b] = rest;
      }
      for (let b = 0; b < kept; b++) insertBlock.run(termId, b, bounds[b]!, datas[b]!);
      // A cut list ends with an empty block bounding the rest (rank-topk-sqlite.ts goes on with its words' lists there).
      const cut = idx.length < n;
      if (cut) insertBlock.run(termId, kept, cutRest, Buffer.alloc(0));
      insertTerm.run(term, termId, n, cut ? kept + 1 : kept);
      blockCount += cut ? kept + 1 : kept;
      return Math.ceil(n / BLOCK_SIZE);
    };
    const order = [...termNames.keys()].sort((a, b) => (termNames[a]! < termNames[b]! ? -1 : 1));
    const blocksOf = new Uint32Array(termNames.length);
    for (const t of order) {
      const from = offsets[t]!;
      blocksOf[t] = writeList(t, termNames[t]!, postDoc.subarray(from, from + df[t]!), postTf.subarray(from, from + df[t]!));
    }

    // Prefixes expanding to several long lists (pension*: pension, pensions,
    // pensioner, pensioners, …) get one list of the union of all their
    // words, counts summed, so the ranking reads one best-first list instead
    // of bounding each (every short list too: any of them could hold a row's
    // many uses of the stem).
    const sets = mergedSets(order.map((t) => termNames[t]!), order.map((t) => blocksOf[t]! > LONG_LIST_BLOCKS)).map((set) => set.map((i) => order[i]!));
    const union = new PostingUnion(docRow.length);
    nextId = termNames.length;
    for (const set of sets) {
      for (const t of set) union.add(postDoc.subarray(offsets[t]!, offsets[t]! + df[t]!), postTf.subarray(offsets[t]!, offsets[t]! + df[t]!));
      const { docs, tfs } = union.take();
      writeList(nextId++, mergedListKey(set), docs, tfs, opts.cutBlocks ?? CUT_BLOCKS);
    }
    mergedLists = sets.length;

    // Two-word phrases in enough rows get a list of their own, cut like the merged ones.
    const found = pairRows.collect(df, termNames.length, opts.pairMinRows ?? pairMinRows(docRow.length));
    found.pairs.forEach(([a, b], p) => {
      const from = found.offsets[p]!;
      const to = found.offsets[p + 1]!;
      // A common pair keeps a share of its rows too: a phrase searched with a large filter reads deep.
      const rowsOf = to - from;
      const together =
        rowsOf <= (opts.wholePairRows ?? WHOLE_PAIR_ROWS) && rowsOf >= docRow.length * (opts.wholePairMinShare ?? WHOLE_PAIR_MIN_SHARE) && rowsOf * 2 >= Math.min(df[a]!, df[b]!);
      const cutTo = Math.max(opts.cutBlocks ?? CUT_BLOCKS, Math.ceil((rowsOf * PAIR_KEEP_SHARE) / BLOCK_SIZE));
      const keep = together || rowsOf <= cutTo * BLOCK_SIZE * NEAR_CUT ? Infinity : cutTo;
      writeList(nextId++, pairListKey(termNames[a]!, termNames[b]!), found.docs.subarray(from, to), found.tfs.subarray(from, to), keep);
    });
    pairLists = found.pairs.length;
    // Three-word phrases ("cost of living") likewise, so that they too are ranked from exact counts rather than their text.
    const three = pairRows.triples(Math.max(opts.pairMinRows ?? PAIR_MIN_ROWS, Math.ceil(docRow.length * TRIPLE_MIN_SHARE)));
    three.triples.forEach(([a, b, c], t) => {
      const from = three.offsets[t]!;
      const to = three.offsets[t + 1]!;
      const keep = Math.max(opts.cutBlocks ?? CUT_BLOCKS, Math.ceil(((to - from) * PAIR_KEEP_SHARE) / BLOCK_SIZE));
      writeList(nextId++, tripleListKey(termNames[a]!, termNames[b]!, termNames[c]!), three.docs.subarray(from, to), three.tfs.subarray(from, to), keep);
    });
    tripleLists = three.triples.length;
    // Rows lacking a near-universal word, in row order (no counts: every posting's is 0).
    const absentMin = Math.max(1, Math.ceil(docRow.length * (opts.absentMinShare ?? ABSENT_MIN_SHARE)));
    const present = new Uint8Array(docRow.length);
    for (let t = 0; t < termNames.length; t++) {
      if (df[t]! < absentMin) continue;
      present.fill(0);
      for (let k = offsets[t]!; k < offsets[t]! + df[t]!; k++) present[postDoc[k]!] = 1;
      const lacking: number[] = [];
      for (let d = 0; d < docRow.length; d++) if (!present[d]) lacking.push(d);
      writeList(nextId++, absentListKey(t), Uint32Array.from(lacking), new Uint32Array(lacking.length));
      absentLists++;
    }
    db.prepare(
      `INSERT OR REPLACE INTO "search_rank_meta"("key", "value") VALUES ('format', ?), ('avgdl', ?), ('rows', ?), ('words', ?), ('nextTermId', ?), ('builtAt', ?), ('buildId', ?), ('attrCodes', ?)`,
    ).run(RANK_INDEX_FORMAT, avgdl, docRow.length, termNames.length, nextId, new Date().toISOString(), randomUUID(), JSON.stringify(attrs.finish()));
    return blockCount;
  });
  const blocks = run.immediate();
  return {
    rows: docRow.length,
    terms: termNames.length,
    postings: df.reduce((a, b) => a + b, 0),
    blocks,
    mergedLists,
    pairLists,
    tripleLists,
    absentLists,
    lengthMismatches,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The distinct sets of words that a prefix of at least MIN_PREFIX letters
 * expands to when they are at most MAX_EXPANSIONS and two or more of them
 * are long (as indexes into `sorted`, the words in order; `long` per word).
 */
export function mergedSets(sorted: readonly string[], long: readonly boolean[]): number[][] {
  const seen = new Map<string, number[]>();
  const lowerBound = (key: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  sorted.forEach((word, i) => {
    if (!long[i]) return;
    for (let len = MIN_PREFIX; len < word.length; len++) {
      const prefix = word.slice(0, len);
      const from = lowerBound(prefix);
      const to = lowerBound(`${prefix}\u{10FFFF}`);
      if (to - from > MAX_EXPANSIONS) continue;
      let longs = 0;
      for (let k = from; k < to && longs < 2; k++) if (long[k]) longs++;
      if (longs < 2) continue;
      const set = Array.from({ length: to - from }, (_, k) => from + k);
      seen.set(`${from},${to}`, set);
    }
  });
  return [...seen.values()];
}

/** Every question's indexed text by id, read in chunks (the connection cannot write while a statement is still stepping). */
type BuildRow = [id: number, heading: string, question: string, answer: string | null, member: number, dept: number, tabled: string, due: string | null, status: string, house: string];

function* rowTexts(db: Database.Database): Generator<BuildRow> {
  const chunk = db.prepare(`${ROW_TEXT_ATTRS_SQL} WHERE q."id" > ? ORDER BY q."id" LIMIT 2000`).raw();
  let after = -Infinity;
  for (;;) {
    const rows = chunk.all(after) as BuildRow[];
    if (!rows.length) return;
    yield* rows;
    after = rows[rows.length - 1]![0];
  }
}

/** FTS5's docsize record: one SQLite varint per column. */
function columnSizeTotal(sz: Buffer): number {
  return sqliteVarints(sz).reduce((a, b) => a + b, 0);
}

/** (word number, weighted count) pairs in typed arrays that grow. */
class Growable {
  private terms: Uint32Array;
  private tfs: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.terms = new Uint32Array(capacity);
    this.tfs = new Uint32Array(capacity);
  }
  push(term: number, tf: number): void {
    if (this.length === this.terms.length) {
      this.terms = grown(this.terms, 1024);
      this.tfs = grown(this.tfs, 1024);
    }
    this.terms[this.length] = term;
    this.tfs[this.length++] = tf;
  }
  term(k: number): number {
    return this.terms[k]!;
  }
  tf(k: number): number {
    return this.tfs[k]!;
  }
}
