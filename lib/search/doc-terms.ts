import { BM25_WEIGHTS } from "@/lib/search/bm25";
import { isAsciiWordChar as isAlnum, tokenize, TOKEN_CHAR } from "@/lib/search/tokenize";
import { WORD_HASH_SEED, wordHashStep, type WordTable } from "@/lib/search/word-table";
import { grown } from "@/lib/search/grow";

/**
 * The words of one indexed row (heading, question, answers) as FTS5's
 * unicode61 tokenizer counts them: per word the column-weighted count
 * (BM25_WEIGHTS) and the row's length in tokens.
 *
 * ASCII letters and digits are read by character code (nearly all text);
 * other characters that separate words (curly quotes, dashes, no-break
 * spaces) are recognised one by one. A column with a letter, digit or mark
 * beyond ASCII is handed whole to `foreign`, which must tokenize exactly as
 * FTS5 does: its diacritic folding (ø → o) is a table of its own, which
 * lib/search/tokenize.ts only approximates. The rank index passes FTS5
 * itself (lib/data/rank-index-sqlite.ts ftsTokenizer).
 */
export type DocTerms = { terms: Map<string, number>; length: number };
export type ForeignTokenizer = (text: string) => string[];


/** The approximation, for callers without a database at hand (tests, tools). */
export const approximateTokenizer: ForeignTokenizer = (text) => tokenize(text).map((t) => t.norm);

/** `column`, when given, receives each non-empty column's words in order (the rank index's word pairs). */
export function docTerms(
  columns: readonly (string | null | undefined)[],
  foreign: ForeignTokenizer = approximateTokenizer,
  column?: (col: number, words: readonly string[]) => void,
): DocTerms {
  const terms = new Map<string, number>();
  let length = 0;
  columns.forEach((text, col) => {
    if (!text) return;
    const w = BM25_WEIGHTS[col] ?? 1.0;
    const words = asciiWords(text) ?? foreign(text);
    for (const word of words) terms.set(word, (terms.get(word) ?? 0) + w);
    length += words.length;
    column?.(col, words);
  });
  return { terms, length };
}

/**
 * One column's words as numbers of `table` (a new word added), in order,
 * into `ids` (emptied first): the words docTerms counts, without cutting
 * each out of the text.
 */
export function columnWordIds(text: string, foreign: ForeignTokenizer, table: WordTable, ids: number[]): void {
  ids.length = 0;
  const low = text.toLowerCase();
  if (low.length === text.length && asciiWordSpans(low, SPANS)) {
    for (let k = 0; k < SPANS.length; k++) ids.push(table.idOfSpan(low, SPANS.starts[k]!, SPANS.ends[k]!, SPANS.hashes[k]!));
  } else for (const word of foreign(text)) ids.push(table.idOf(word));
}

/** The words of a text whose word characters are all ASCII, lower-cased; null if it has others. */
function asciiWords(text: string): string[] | null {
  const low = text.toLowerCase();
  if (low.length !== text.length || !asciiWordSpans(low, SPANS)) return null;
  const out: string[] = new Array(SPANS.length);
  for (let k = 0; k < SPANS.length; k++) out[k] = low.slice(SPANS.starts[k]!, SPANS.ends[k]!);
  return out;
}

/** Where each word of a text starts and ends, with its hash (lib/search/word-table.ts), reused from text to text. */
class WordSpans {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  hashes = new Uint32Array(1024);
  length = 0;

  push(start: number, end: number, hash: number): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.hashes[this.length++] = hash;
  }
}

const SPANS = new WordSpans();

/**
 * The words of a lower-cased text into `spans` (emptied first), when its word
 * characters are all ASCII; false if it has others (then FTS5's own
 * tokenizer must read it: see docTerms).
 */
function asciiWordSpans(low: string, spans: WordSpans): boolean {
  spans.length = 0;
  const n = low.length;
  let i = 0;
  while (i < n) {
    let c = low.charCodeAt(i);
    if (!isAlnum(c)) {
      if (c >= 128 && TOKEN_CHAR.test(String.fromCharCode(c))) return false;
      // A lone surrogate half is part of a character beyond the BMP: let the exact path decide.
      if (c >= 0xd800 && c <= 0xdfff) return false;
      i++;
      continue;
    }
    const start = i;
    let h = WORD_HASH_SEED;
    do {
      h = wordHashStep(h, c);
      c = low.charCodeAt(++i);
    } while (i < n && isAlnum(c));
    if (i < n && c >= 128 && (TOKEN_CHAR.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff))) return false;
    spans.push(start, i, h >>> 0);
  }
  return true;
}
