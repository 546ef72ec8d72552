import { sqliteReader, type SqliteReader } from "@/lib/data/sqlite-reader";
import { ftsTotals } from "@/lib/data/rank-index-sqlite";
import { resolvePhrases } from "@/lib/data/rank-phrases-sqlite";
import { RANK_INDEX_FORMAT } from "@/lib/data/rank-index-build-sqlite";
import { matches, mergeWords } from "@/lib/search/rank-parts";
import { VarintReader } from "@/lib/search/varint";
import type { RankRequest } from "@/lib/data/rank-topk-sqlite";
import { planFilter } from "@/lib/data/rank-filter-sqlite";

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

/** At most this many blocks (of 64 postings) are sampled: 1,024 rows. */
const SAMPLE_BLOCKS = 16;
/** A sample stops once this many rows matched (~7% relative error), after at least MIN_BLOCKS blocks. */
const ENOUGH_MATCHED = 200;
const MIN_BLOCKS = 3;

/** Positions 0…SAMPLE_BLOCKS−1 in an order that halves the gaps (0, 8, 4, 12, …), so that a sample can stop early and still be spread. */
const SPREAD = Array.from({ length: SAMPLE_BLOCKS }, (_, k) => k).sort((a, b) => bitReverse(a) - bitReverse(b));

function bitReverse(k: number): number {
  let r = 0;
  for (let bit = 1; bit < SAMPLE_BLOCKS; bit <<= 1) r = (r << 1) | (k & bit ? 1 : 0);
  return r;
}

/** An estimate, or the count itself when the sample was every posting of the rarest word (`exact`). */
export type MatchEstimate = { count: number; exact: boolean };

/** `filterSet`: the filter's questions, when the ranking gathered them (checked in memory rather than one lookup each). */
export function estimateMatches(req: RankRequest, reader: SqliteReader = sqliteReader(), filterSet?: Set<number>): MatchEstimate | null {
  return reader.snapshot(() => {
    const format = reader.get<{ value: number }>(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format'`, [])?.value;
    if (format !== RANK_INDEX_FORMAT) return null;
    const { rows } = ftsTotals(reader.statement);
    const resolved = resolvePhrases(reader, req.match, rows, { withIdf: false });
    if (resolved === "empty") return { count: 0, exact: true };
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
    const passing = filterSet ? null : planFilter(reader, req.filter, rows, { filters: req.filters, today: req.today, useColumns: req.useColumns }, changed)!.passing;

    const picks = Math.min(word.blocks, SAMPLE_BLOCKS);
    let sampled = 0;
    let matched = 0;
    let blocks = 0;
    for (const k of SPREAD) {
      if (k >= picks) continue;
      if (blocks >= MIN_BLOCKS && matched >= ENOUGH_MATCHED) break;
      blocks++;
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
      const kept = filterSet ? ids.filter((id) => filterSet.has(id)) : passing && ids.length ? passing(ids) : ids;
      for (const [, buf] of forward.all(JSON.stringify(kept)) as [number, Buffer][]) {
        const tfs = phrases.map(() => 0);
        mergeWords(buf, wanted, (i, tf) => {
          for (const p of wantedAt[i]!) tfs[p]! += tf;
        });
        if (matches(groupOf, groups.length, tfs)) matched++;
      }
    }
    if (!sampled) return null;
    // Every block read, none skipped as changed: every match was met.
    if (blocks === word.blocks && !changed.size) return { count: matched, exact: true };
    return { count: Math.round((word.df * matched) / sampled), exact: false };
  });
}
