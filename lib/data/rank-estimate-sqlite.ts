import { sqliteReader, type SqliteReader } from "@/lib/data/sqlite-reader";
import { ftsTotals } from "@/lib/data/rank-index-sqlite";
import { resolvePhrases, type Phrase, type Word } from "@/lib/data/rank-phrases-sqlite";
import { RANK_INDEX_FORMAT } from "@/lib/data/rank-index-build-sqlite";
import { forEachPosting, matches, mergeWords } from "@/lib/search/rank-parts";
import type { RankRequest } from "@/lib/data/rank-topk-sqlite";
import { rowCheck } from "@/lib/data/rank-filter-sqlite";

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
/** A phrase's share of its sampled word's rows is measured on at least this many rows holding its words (or MIN_BLOCKS blocks). */
const ENOUGH_WITH_WORDS = 64;
/**
 * One word whose list has at most this many blocks (5,120 rows) is read
 * whole and counted exactly: only the filter is checked on each posting
 * (~0.05 µs), where FTS5 listing the matches to check cost ~0.12 µs each
 * (at 100k asylum dept:home office, 2,131 rows: ~0.4–1.6 → ~0.2 ms).
 */
const ALONE_WHOLE_BLOCKS = 80;

/** Positions 0…SAMPLE_BLOCKS−1 in an order that halves the gaps (0, 8, 4, 12, …), so that a sample can stop early and still be spread. */
const SPREAD = Array.from({ length: SAMPLE_BLOCKS }, (_, k) => k).sort((a, b) => bitReverse(a) - bitReverse(b));

function bitReverse(k: number): number {
  let r = 0;
  for (let bit = 1; bit < SAMPLE_BLOCKS; bit <<= 1) r = (r << 1) | (k & bit ? 1 : 0);
  return r;
}

/** An estimate, or the count itself when the sample was every posting of the rarest word (`exact`). */
export type MatchEstimate = { count: number; exact: boolean };

/**
 * `filterSet`: the filter's questions, when the ranking gathered them
 * (checked in memory rather than one lookup each).
 *
 * A two- or three-word phrase with a list of its own (and nothing changed
 * since the build, so that list's row count is the phrase's) is estimated
 * too: its rows are sampled as rows holding all its words, from its rarest
 * word's postings, and the share of those that pass the filter and the
 * other groups scales the list's row count. That assumes a row with the
 * phrase passes as often as one with its words apart (at 100k "net zero"
 * dept:environment status:answered came out 120 for 84: rows with both
 * words apart pass that filter more often).
 */
export function estimateMatches(req: RankRequest, reader: SqliteReader = sqliteReader(), filterSet?: Set<number>): MatchEstimate | null {
  return reader.snapshot(() => {
    const format = reader.get<{ value: number }>(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format'`, [])?.value;
    if (format !== RANK_INDEX_FORMAT) return null;
    const { rows } = ftsTotals(reader.statement);
    const resolved = resolvePhrases(reader, req.match, rows, { withIdf: false });
    if (resolved === "empty") return { count: 0, exact: true };
    if (!resolved) return null;
    const { phrases, groups } = resolved;
    const changed = new Set(reader.statement(`SELECT "rowid" FROM "search_dirty"`).pluck().all() as number[]);
    const sampling = samplingPlan(phrases, groups, changed.size === 0);
    if (!sampling) return null;
    const { word, phrase } = sampling;

    const wanted = [...new Set(phrases.flatMap((p) => p.ids))].sort((a, b) => a - b);
    const wantedAt = wanted.map((id) => phrases.flatMap((p, i) => (p.ids.includes(id) ? [i] : [])));
    const groupOf = phrases.map((p) => p.group);
    const blockAt = reader.statement(`SELECT "data" FROM "search_block" WHERE "termId" = ? AND "ord" = ?`).pluck();
    const forward = reader.statement(`SELECT "rowid", "terms" FROM "search_doc" WHERE "rowid" IN (SELECT value FROM json_each(?))`).raw();
    const passing = filterSet || !req.filter ? null : rowCheck(reader, req.filter, { filters: req.filters, today: req.today, useColumns: req.useColumns }, changed).passing;
    const filtered = (ids: number[]) => (filterSet ? ids.filter((id) => filterSet.has(id)) : passing && ids.length ? passing(ids) : ids);
    const terms = (ids: number[]) => forward.all(JSON.stringify(ids)) as [number, string][];
    /** Whether a row's stored words have every group (a phrase: all its words). */
    const matching = (buf: string): boolean => {
      const tfs = phrases.map(() => 0);
      mergeWords(buf, wanted, (i, tf) => {
        for (const p of wantedAt[i]!) tfs[p]! += phrases[p]!.kind === "phrase" ? 1 : tf;
      });
      phrases.forEach((p, i) => {
        if (p.kind === "phrase") tfs[i] = tfs[i]! >= p.ids.length ? 1 : 0;
      });
      return matches(groupOf, groups.length, tfs);
    };
    // One word and nothing else: every row of its list matches, and only the filter is checked (no row looked up).
    const alone = !phrase && phrases.length === 1 && phrases[0]!.kind === "word";
    const phraseWords = phrase ? [...phrase.ids].sort((a, b) => a - b) : [];
    /** Whether a row's stored words hold every word of the phrase. */
    const hasPhraseWords = (buf: string): boolean => {
      let n = 0;
      mergeWords(buf, phraseWords, () => n++);
      return n === phraseWords.length;
    };
    // The phrase's share of the sampled word's rows (as rows with all its
    // words) is read from the first blocks whole, until enough have them;
    // beyond, only rows passing the filter are looked up.
    let wordsSampled = 0;
    let withWords = 0;

    const whole = alone && word.blocks <= ALONE_WHOLE_BLOCKS;
    const picks = Math.min(word.blocks, SAMPLE_BLOCKS);
    const ords = whole ? Array.from({ length: word.blocks }, (_, k) => k) : SPREAD.filter((k) => k < picks).map((k) => Math.floor(((k + 0.5) * word.blocks) / picks));
    let sampled = 0;
    let matched = 0;
    let blocks = 0;
    for (const ord of ords) {
      if (!whole && blocks >= MIN_BLOCKS && matched >= ENOUGH_MATCHED && (!phrase || withWords >= ENOUGH_WITH_WORDS)) break;
      blocks++;
      const ids: number[] = [];
      forEachPosting(blockAt.get(word.id, ord) as Buffer, (rowid) => {
        if (!changed.has(rowid)) ids.push(rowid);
      });
      sampled += ids.length;
      if (phrase && (withWords < ENOUGH_WITH_WORDS || blocks <= MIN_BLOCKS)) {
        const rowsWithWords = new Map(terms(ids).filter(([, buf]) => hasPhraseWords(buf)));
        wordsSampled += ids.length;
        withWords += rowsWithWords.size;
        matched += filtered([...rowsWithWords.keys()]).filter((id) => matching(rowsWithWords.get(id)!)).length;
      } else if (alone) matched += filtered(ids).length;
      else {
        // A match has the phrase's words: matching() checks them with the rest.
        matched += terms(filtered(ids)).filter(([, buf]) => matching(buf)).length;
      }
    }
    // Read whole: the rows changed since the build that have the word now (their old postings were skipped) are checked too.
    if (whole) {
      if (!changed.size) return { count: matched, exact: true };
      // A row changed since the ranking and not yet refreshed is not in "search_delta": counted by the caller.
      if (reader.statement(`SELECT 1 FROM "search_dirty" WHERE "pending" = 1 LIMIT 1`).pluck().get()) return null;
      const now = reader.statement(`SELECT "rowid" FROM "search_delta" WHERE "termId" = ?`).pluck().all(word.id) as number[];
      return { count: matched + filtered(now).length, exact: true };
    }
    if (!sampled) return null;
    // The phrase's rows × the share of rows with its words that pass everything.
    if (phrase) return withWords ? { count: Math.round((phrase.pair!.builtRows * (matched / sampled)) / (withWords / wordsSampled)), exact: false } : null;
    // Every block read, none skipped as changed: every match was met.
    if (blocks === word.blocks && !changed.size) return { count: matched, exact: true };
    return { count: Math.round((word.df * matched) / sampled), exact: false };
  });
}

/**
 * The word whose postings are sampled: the rarest group's, when that group
 * is one word (or a prefix of one) with a list of its own — a merged list
 * is cut after its best blocks, not a sample of its rows — or, when the
 * search has one phrase, alone in its group, with a two- or three-word list
 * of its own and nothing changed since the build, that phrase's rarest word
 * (`phrase`). Any other phrase would need the text: null.
 */
function samplingPlan(phrases: readonly Phrase[], groups: readonly { df: number; lists: Word[] }[], unchanged: boolean): { word: Word; phrase: Phrase | null } | null {
  const inPhrases = phrases.filter((p) => p.kind === "phrase");
  if (inPhrases.length) {
    const p = inPhrases[0]!;
    const alone = phrases.filter((q) => q.group === p.group).length === 1;
    if (inPhrases.length > 1 || p.group < 0 || !alone || !p.pair?.exact || !unchanged || !p.fallback?.length) return null;
    return { word: p.fallback[0]!, phrase: p };
  }
  const driver = groups.reduce((a, b) => (b.df < a.df ? b : a));
  if (driver.lists.length !== 1 || phrases.filter((p) => p.lists.some((w) => w.id === driver.lists[0]!.id)).length !== 1) return null;
  const word = driver.lists[0]!;
  if (!phrases.some((p) => p.ids.includes(word.id))) return null;
  return { word, phrase: null };
}
