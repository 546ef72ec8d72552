import { bm25Score } from "@/lib/search/bm25";
import { hasForeignLetters, weightedPhraseCount } from "@/lib/search/phrase-count";
import { matches, mergeWords, TopScores } from "@/lib/search/rank-parts";
import { ROW_TEXT_SQL } from "@/lib/data/rank-index-sqlite";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { Phrase } from "@/lib/data/rank-phrases-sqlite";

/**
 * Scoring the rows the pruned ranking (lib/data/rank-topk-sqlite.ts) meets:
 * exactly, from each row's stored word list, or, when a phrase's count is
 * not known from a pair's list, first bounded and set aside ("unsure") until
 * the phrase is counted in the row's text.
 */

type Unsure = { id: number; len: number; tfs: number[]; bound: number };

export class RowScorer {
  readonly top: TopScores;
  /** Every matching row scored so far, by id. */
  readonly scored = new Map<number, number>();
  /** Rows scored from their word lists (tests check that fewer than all matches were). */
  rowsScored = 0;
  /** A row's text had letters beyond ASCII, where counting phrases in it needs FTS5's folding: the caller gives up. */
  foreign = false;
  /** Per group, rows scored that lacked it (did not match for want of it): what a word's list read whole would have saved. */
  readonly lacking: number[];
  /** Rows met in a pair's list: the phrase's count there, by pair list id (filled by the caller as it reads them). */
  readonly pairCounts = new Map<number, Map<number, number>>();
  /** Pair lists read whole (uncut, nothing changed since the build): a row not in one lacks that phrase. */
  readonly completePairs = new Set<number>();

  private readonly unsure: Unsure[] = [];
  private readonly wanted: number[];
  private readonly wantedAt: number[][];
  private readonly idfs: number[];
  private readonly groupOf: number[];
  private readonly forward;
  private readonly text;
  /** Per phrase, scratch for the row being scored (reused: allocating them per row cost more than the merge). */
  private readonly isPhrase: boolean[];
  private readonly tfs: Float64Array;
  private readonly mins: Float64Array;
  private readonly seenTokens: Float64Array;
  /** What a word of the row the search wants adds to the scratch (bound once). */
  private readonly hit: (k: number, tf: number) => void;

  constructor(
    reader: SqliteReader,
    private readonly phrases: readonly Phrase[],
    private readonly groups: number,
    private readonly avgdl: number,
    want: number,
  ) {
    this.top = new TopScores(want);
    // Word id → the phrases it counts for, merged against each row's ascending word list.
    const slots = new Map<number, number[]>();
    phrases.forEach((p, i) => p.ids.forEach((id) => slots.set(id, [...(slots.get(id) ?? []), i])));
    this.wanted = [...slots.keys()].sort((a, b) => a - b);
    this.wantedAt = this.wanted.map((id) => slots.get(id)!);
    this.idfs = phrases.map((p) => p.idf);
    this.groupOf = phrases.map((p) => p.group);
    this.lacking = Array.from({ length: groups }, () => 0);
    for (const p of phrases) if (p.pair) this.pairCounts.set(p.pair.id, new Map());
    this.isPhrase = phrases.map((p) => p.kind === "phrase");
    this.tfs = new Float64Array(phrases.length);
    this.mins = new Float64Array(phrases.length);
    this.seenTokens = new Float64Array(phrases.length);
    const { wantedAt, isPhrase, tfs, mins, seenTokens } = this;
    this.hit = (k, tf) => {
      for (const i of wantedAt[k]!) {
        if (isPhrase[i]) {
          mins[i] = Math.min(mins[i]!, tf);
          seenTokens[i]!++;
        } else tfs[i]! += tf;
      }
    };
    this.forward = reader.statement(`SELECT "rowid", "len", "terms" FROM "search_doc" WHERE "rowid" IN (SELECT value FROM json_each(?))`).raw();
    this.text = reader.statement(`${ROW_TEXT_SQL} WHERE q."id" IN (SELECT value FROM json_each(?))`).raw();
  }

  /** The word ids the search's phrases count (ascending). */
  get words(): readonly number[] {
    return this.wanted;
  }

  /** Rows set aside for their text, none counted yet. */
  get unsureCount(): number {
    return this.unsure.length;
  }

  /** Scores rows (that passed the filter) by their stored words; rows with an unsure phrase wait for their text. */
  score(ids: number[]): void {
    if (!ids.length) return;
    const { phrases, wanted, isPhrase, tfs, mins, seenTokens } = this;
    const n = phrases.length;
    this.rowsScored += ids.length;
    for (const [id, len, buf] of this.forward.all(JSON.stringify(ids)) as [number, number, string][]) {
      for (let i = 0; i < n; i++) {
        tfs[i] = 0;
        mins[i] = isPhrase[i] ? Infinity : 0;
        seenTokens[i] = 0;
      }
      mergeWords(buf, wanted, this.hit);
      let needsText = false;
      for (let i = 0; i < n; i++) {
        if (!isPhrase[i]) continue;
        const p = phrases[i]!;
        // A phrase needs each of its words; then it occurs at most as often as the rarest.
        if (seenTokens[i]! < p.ids.length) {
          tfs[i] = 0;
          continue;
        }
        // Met in its pair's list: that count is the phrase's (two words) or bounds it.
        const paired = p.pair && this.pairCounts.get(p.pair.id)?.get(id);
        if (paired !== undefined && p.pair!.exact) tfs[i] = paired;
        else if (p.pair?.exact && this.completePairs.has(p.pair.id)) tfs[i] = 0;
        else {
          tfs[i] = paired !== undefined ? Math.min(mins[i]!, paired) : mins[i]!;
          needsText = true;
        }
      }
      if (needsText) {
        const own = Array.from(tfs);
        // Until counted, an excluded phrase may be absent (and adds nothing to a matching row's score).
        const bounds = own.map((tf, i) => (phrases[i]!.group < 0 && isPhrase[i] ? 0 : tf));
        if (matches(this.groupOf, this.groups, bounds)) this.unsure.push({ id, len, tfs: own, bound: bm25Score(this.idfs, bounds, len, this.avgdl) });
        continue;
      }
      this.add(id, tfs, len);
    }
  }

  /** Counts the phrases in the text of the unsure rows with the best bounds. */
  verifyBatch(): void {
    const batch = this.unsure.splice(0, 16);
    const byId = new Map(batch.map((r) => [r.id, r]));
    for (const [id, heading, question, answer] of this.text.all(JSON.stringify([...byId.keys()])) as [number, string, string, string | null][]) {
      const row = byId.get(id)!;
      const cols = [heading, question, answer];
      if (cols.some((c) => c && hasForeignLetters(c))) this.foreign = true;
      this.phrases.forEach((p, i) => {
        if (p.kind === "phrase" && row.tfs[i]! > 0) row.tfs[i] = weightedPhraseCount(cols, p.tokens, p.prefix);
      });
      this.add(id, row.tfs, row.len);
    }
  }

  /** The best bound of a row still unsure (-Infinity when none is). */
  bestUnsure(): number {
    this.unsure.sort((a, b) => b.bound - a.bound);
    return this.unsure.length ? this.unsure[0]!.bound : -Infinity;
  }

  private add(id: number, tfs: ArrayLike<number>, len: number): void {
    if (!matches(this.groupOf, this.groups, tfs)) {
      for (let g = 0; g < this.groups; g++) if (!this.groupOf.some((pg, i) => pg === g && tfs[i]! > 0)) this.lacking[g]!++;
      return;
    }
    const s = bm25Score(this.idfs, tfs, len, this.avgdl);
    this.scored.set(id, s);
    this.top.add(s);
  }
}
