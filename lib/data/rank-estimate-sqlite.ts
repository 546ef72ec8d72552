import { sqliteReader, type SqliteReader } from "@/lib/data/sqlite-reader";
import { ftsTotals } from "@/lib/data/rank-index-sqlite";
import { resolvePhrases } from "@/lib/data/rank-phrases-sqlite";
import { RANK_INDEX_FORMAT } from "@/lib/data/rank-index-build-sqlite";
import { matches, mergeWords } from "@/lib/search/rank-parts";
import { VarintReader } from "@/lib/search/varint";
import type { RankRequest } from "@/lib/data/rank-topk-sqlite";

/**
 * An estimate of how many rows a search matches, from the rank index, for
 * searches with many matches: counting them all walks every one (a common
 * word with a filter: ~16 ms at 100k questions, ~180 ms at 1M), while the
 * page itself took a few. Xapian, TheyWorkForYou's engine, estimates too.
 *
 * Every match has the rarest group's word, whose row count is exact; blocks
 * spread evenly over that word's postings (best first, so they span short
 * and long rows, heavy and light use) are checked against the whole search,
 * filter included, and the share that matches scales the count. Null when it
 * cannot (no index, the rarest group is not a single word, a phrase that
 * would need the text): the caller then counts.
 */

/** Blocks sampled (of 64 postings): up to 512 rows, a few per cent of error at the shares that matter. */
const SAMPLE_BLOCKS = 8;
/** A sample with this many matching rows (~7% relative error) after at least MIN_BLOCKS blocks stops early. */
const ENOUGH_MATCHED = 200;
const MIN_BLOCKS = 3;

const bitReverse3 = (k: number) => ((k & 1) << 2) | (k & 2) | ((k & 4) >> 2);

export function estimateMatches(req: RankRequest, reader: SqliteReader = sqliteReader()): number | null {
  return reader.snapshot(() => {
    const format = reader.get<{ value: number }>(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format'`, [])?.value;
    if (format !== RANK_INDEX_FORMAT) return null;
    const { rows } = ftsTotals(reader.statement);
    const resolved = resolvePhrases(reader, req.match, rows, { withIdf: false });
    if (resolved === "empty") return 0;
    if (!resolved || resolved.phrases.some((p) => p.kind === "phrase")) return null;
    const { phrases, groups } = resolved;
    const driver = groups.reduce((a, b) => (b.df < a.df ? b : a));
    if (driver.lists.length !== 1 || phrases.filter((p) => p.lists.some((w) => w.id === driver.lists[0]!.id)).length !== 1) return null;
    const word = driver.lists[0]!;
    // A prefix's merged list is cut after its best blocks: not a sample of its rows.
    if (!phrases.some((p) => p.ids.includes(word.id))) return null;

    const wanted = [...new Set(phrases.flatMap((p) => p.ids))].sort((a, b) => a - b);
    const wantedAt = wanted.map((id) => phrases.flatMap((p, i) => (p.ids.includes(id) ? [i] : [])));
    const groupOf = phrases.map((p) => p.group);
    const changed = new Set(reader.statement(`SELECT "rowid" FROM "search_dirty"`).pluck().all() as number[]);
    const blockAt = reader.statement(`SELECT "data" FROM "search_block" WHERE "termId" = ? AND "ord" = ?`).pluck();
    const forward = reader.statement(`SELECT "rowid", "terms" FROM "search_doc" WHERE "rowid" IN (SELECT value FROM json_each(?))`).raw();
    const passing = req.filter
      ? reader.statement(`SELECT q."id" FROM json_each(?) j CROSS JOIN "Question" q ON q."id" = j.value WHERE ${req.filter.sql}`).pluck()
      : null;

    const picks = Math.min(word.blocks, SAMPLE_BLOCKS);
    let sampled = 0;
    let matched = 0;
    // Spread positions in an order that halves the gaps (0, 4, 2, 6, …), so
    // that a sample can stop early once it has matched enough rows.
    const spread = Array.from({ length: SAMPLE_BLOCKS }, (_, k) => k).sort((a, b) => bitReverse3(a) - bitReverse3(b)).filter((k) => k < picks);
    for (const [n, k] of spread.entries()) {
      if (n >= MIN_BLOCKS && matched >= ENOUGH_MATCHED) break;
      const ord = Math.floor(((k + 0.5) * word.blocks) / picks);
      const r = new VarintReader(blockAt.get(word.id, ord) as Buffer);
      r.read(); // the block's shortest length
      const ids: number[] = [];
      let rowid = 0;
      while (!r.done) {
        rowid += r.read();
        r.read();
        if (!changed.has(rowid)) ids.push(rowid);
      }
      sampled += ids.length;
      const kept = passing ? (passing.all(JSON.stringify(ids), ...req.filter!.params) as number[]) : ids;
      for (const [, buf] of forward.all(JSON.stringify(kept)) as [number, Buffer][]) {
        const tfs = phrases.map(() => 0);
        mergeWords(buf, wanted, (i, tf) => {
          for (const p of wantedAt[i]!) tfs[p]! += tf;
        });
        if (matches(groupOf, groups.length, tfs)) matched++;
      }
    }
    if (!sampled) return null;
    return Math.round((word.df * matched) / sampled);
  });
}
