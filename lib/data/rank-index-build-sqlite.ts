import type Database from "better-sqlite3";
import { saturation } from "@/lib/search/bm25";
import { docTerms } from "@/lib/search/doc-terms";
import { VarintWriter } from "@/lib/search/varint";
import { encodeDocTerms, ftsTokenizer, ftsTotals, ROW_TEXT_SQL, sqliteVarints } from "@/lib/data/rank-index-sqlite";

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
 * to FTS5). 2: a block is its shortest row's length, then (row, count) pairs.
 */
export const RANK_INDEX_FORMAT = 2;

/** Postings per block: reading one costs about as much as looking up a row. */
export const BLOCK_SIZE = 64;

export type RankIndexBuild = {
  rows: number;
  terms: number;
  postings: number;
  blocks: number;
  /** Rows whose length in tokens differs from FTS5's (a tokenizer disagreement; should be 0). */
  lengthMismatches: number;
  seconds: number;
};

export function buildRankIndex(db: Database.Database): RankIndexBuild {
  const started = performance.now();
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const df: number[] = [];
  let pairs = new Growable(1 << 20);
  const docRow: number[] = [];
  const docLen: number[] = [];
  const docStart: number[] = [];
  let tokens = 0;

  const ftsLength = db.prepare(`SELECT "sz" FROM "question_search_docsize" WHERE "id" = ?`).pluck();
  let lengthMismatches = 0;

  const run = db.transaction(() => {
    db.exec(`DELETE FROM "search_doc"; DELETE FROM "search_block"; DELETE FROM "search_term"; DELETE FROM "search_delta"; DELETE FROM "search_dirty";`);
    const foreign = ftsTokenizer(db);
    const insertDoc = db.prepare(`INSERT INTO "search_doc"("rowid", "len", "terms") VALUES (?, ?, ?)`);
    const w = new VarintWriter(4096);
    for (const [id, heading, question, answer] of rowTexts(db)) {
      const dt = docTerms([heading, question, answer], foreign);
      const byId = new Map<number, number>();
      for (const [term, tf] of dt.terms) {
        let tid = termIds.get(term);
        if (tid === undefined) {
          tid = termNames.length;
          termIds.set(term, tid);
          termNames.push(term);
          df.push(0);
        }
        df[tid]!++;
        byId.set(tid, tf);
      }
      docStart.push(pairs.length);
      docRow.push(id);
      docLen.push(dt.length);
      tokens += dt.length;
      for (const [tid, tf] of byId) pairs.push(tid, tf);
      insertDoc.run(id, dt.length, encodeDocTerms(w, byId));
      const sz = ftsLength.get(id) as Buffer | undefined;
      if (sz && columnSizeTotal(sz) !== dt.length) lengthMismatches++;
    }
    // Impacts at the average length bm25() will use: FTS5's own totals, which
    // are not the rows' (a contentless_delete table's deletes leave its totals
    // alone, so every re-indexed row counts again).
    const fts = ftsTotals((sql) => db.prepare(sql));
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
    const order = [...termNames.keys()].sort((a, b) => (termNames[a]! < termNames[b]! ? -1 : 1));
    for (const t of order) {
      const from = offsets[t]!;
      const n = df[t]!;
      const impact = new Float64Array(n);
      const idx = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        idx[i] = i;
        impact[i] = saturation(postTf[from + i]!, docLen[postDoc[from + i]!]!, avgdl);
      }
      // Best first; equal impacts by row, so a build is reproducible.
      idx.sort((a, b) => impact[b]! - impact[a]! || a - b);
      const blocks = Math.ceil(n / BLOCK_SIZE);
      const bounds = new Float64Array(blocks);
      const datas: Buffer[] = [];
      for (let b = 0; b < blocks; b++) {
        const members = Array.from(idx.subarray(b * BLOCK_SIZE, Math.min(n, (b + 1) * BLOCK_SIZE)), (i) => from + i);
        members.sort((x, y) => docRow[postDoc[x]!]! - docRow[postDoc[y]!]!);
        let best = 0;
        let minLen = Infinity;
        for (const p of members) {
          const len = docLen[postDoc[p]!]!;
          minLen = Math.min(minLen, len);
          best = Math.max(best, saturation(postTf[p]!, len, avgdl));
        }
        // The shortest row's length, then (row, weighted count) pairs: a row's own length is in its word list.
        const w = new VarintWriter(members.length * 4 + 4);
        w.write(minLen);
        let prev = 0;
        for (const p of members) {
          const d = postDoc[p]!;
          w.write(docRow[d]! - prev);
          w.write(postTf[p]!);
          prev = docRow[d]!;
        }
        bounds[b] = best;
        datas.push(w.bytes());
      }
      let rest = 0;
      for (let b = blocks - 1; b >= 0; b--) {
        rest = Math.max(rest, bounds[b]!);
        bounds[b] = rest;
      }
      for (let b = 0; b < blocks; b++) insertBlock.run(t, b, bounds[b]!, datas[b]!);
      insertTerm.run(termNames[t]!, t, n, blocks);
      blockCount += blocks;
    }
    db.prepare(`INSERT OR REPLACE INTO "search_rank_meta"("key", "value") VALUES ('format', ?), ('avgdl', ?), ('rows', ?), ('nextTermId', ?), ('builtAt', ?)`).run(
      RANK_INDEX_FORMAT,
      avgdl,
      docRow.length,
      termNames.length,
      new Date().toISOString(),
    );
    return blockCount;
  });
  const blocks = run.immediate();
  return {
    rows: docRow.length,
    terms: termNames.length,
    postings: df.reduce((a, b) => a + b, 0),
    blocks,
    lengthMismatches,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Every question's indexed text by id, read in chunks (the connection cannot write while a statement is still stepping). */
function* rowTexts(db: Database.Database): Generator<[number, string, string, string | null]> {
  const chunk = db.prepare(`${ROW_TEXT_SQL} WHERE q."id" > ? ORDER BY q."id" LIMIT 2000`).raw();
  let after = -Infinity;
  for (;;) {
    const rows = chunk.all(after) as [number, string, string, string | null][];
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
      const cap = Math.max(1024, this.terms.length * 2);
      const terms = new Uint32Array(cap);
      terms.set(this.terms);
      const tfs = new Uint32Array(cap);
      tfs.set(this.tfs);
      this.terms = terms;
      this.tfs = tfs;
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
