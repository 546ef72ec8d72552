import { saturation } from "@/lib/search/bm25";
import { VarintReader } from "@/lib/search/varint";
import type { SqliteReader } from "@/lib/data/sqlite-reader";

/**
 * A short posting list read whole before ranking, as row → the most its
 * count can add (lib/data/rank-topk-sqlite.ts): with words ANDed, a row met
 * in another list that is not in this one cannot match and is passed over
 * without a lookup, and one that is gets this list's share of its bound
 * from its own count rather than from the list's bound so far. At 100k
 * questions "cost of living" looked up 768 rows, most of them with "living"
 * but not "cost" or the reverse; the two lists are 201 blocks.
 *
 * The rows are kept in typed arrays indexed by row id, shared by the
 * searches of the process and told apart by a stamp per search, so that a
 * list of thousands is taken in at a few ns a posting and a row is checked
 * in one or two array reads (a Map cost ~0.1 µs a posting).
 */

/** A saturation rounded up to a float32 stays above the float64 it bounds. */
const ROUND_UP = 1 + 1e-6;

type Slot = { stamps: Int32Array; sats: Float32Array };
const slots: Slot[] = [];
let stampNow = 0;

function slot(i: number, maxRow: number): Slot {
  const s = slots[i];
  if (s && maxRow < s.stamps.length) return s;
  const size = Math.max(maxRow + 1, Math.ceil((s?.stamps.length ?? 0) * 1.5), 4096);
  const next: Slot = { stamps: new Int32Array(size), sats: new Float32Array(size) };
  if (s) {
    next.stamps.set(s.stamps);
    next.sats.set(s.sats);
  }
  slots[i] = next;
  return next;
}

/** A new stamp for a search's lists (wrapping round clears every slot). */
export function nextMembersStamp(): number {
  if (stampNow >= 0x7ffffffe) {
    stampNow = 0;
    for (const s of slots) s.stamps.fill(0);
  }
  return ++stampNow;
}

export type ListMembers = {
  /** The most this row's count in the list saturates to (its block's shortest length), or -1 when the row is not in the list. */
  sat(row: number): number;
};

/**
 * Reads every block of the word's list into slot `index` (one slot per list
 * of a search) under `stamp`.
 */
export function loadMembers(reader: SqliteReader, wordId: number, index: number, stamp: number, avgdl: number): ListMembers {
  let s = slot(index, 0);
  for (const data of reader.statement(`SELECT "data" FROM "search_block" WHERE "termId" = ? ORDER BY "ord"`).pluck().iterate(wordId) as Iterable<Buffer>) {
    const r = new VarintReader(data);
    const minLen = r.read();
    let row = 0;
    while (!r.done) {
      row += r.read();
      const tf = r.read();
      if (row >= s.stamps.length) s = slot(index, row);
      s.stamps[row] = stamp;
      s.sats[row] = saturation(tf, minLen, avgdl) * ROUND_UP;
    }
  }
  const { stamps, sats } = s;
  return { sat: (row) => (row < stamps.length && stamps[row] === stamp ? sats[row]! : -1) };
}
