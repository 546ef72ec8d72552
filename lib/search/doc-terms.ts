import { BM25_WEIGHTS } from "@/lib/search/bm25";
import { isAsciiWordChar as isAlnum, tokenize, TOKEN_CHAR } from "@/lib/search/tokenize";

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

/** The words of a text whose word characters are all ASCII, lower-cased; null if it has others. */
function asciiWords(text: string): string[] | null {
  const low = text.toLowerCase();
  if (low.length !== text.length) return null;
  const out: string[] = [];
  const n = low.length;
  let i = 0;
  while (i < n) {
    let c = low.charCodeAt(i);
    if (!isAlnum(c)) {
      if (c >= 128 && TOKEN_CHAR.test(String.fromCharCode(c))) return null;
      // A lone surrogate half is part of a character beyond the BMP: let the exact path decide.
      if (c >= 0xd800 && c <= 0xdfff) return null;
      i++;
      continue;
    }
    const start = i;
    do c = low.charCodeAt(++i);
    while (i < n && isAlnum(c));
    if (i < n && c >= 128 && (TOKEN_CHAR.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff))) return null;
    out.push(low.slice(start, i));
  }
  return out;
}
