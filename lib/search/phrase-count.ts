import { BM25_WEIGHTS } from "@/lib/search/bm25";
import { isAsciiWordChar as isWordChar, TOKEN_CHAR } from "@/lib/search/tokenize";

/**
 * Finding words and phrases in text whose word characters are all ASCII,
 * as FTS5's unicode61 tokenizer reads it (words are runs of ASCII letters
 * and digits, case folded; everything else, curly quotes and dashes
 * included, separates), without building a word list: indexOf on the
 * lower-cased text. Callers check hasForeignLetters first; text with other
 * letters needs FTS5's own folding (see lib/search/doc-terms.ts).
 */

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Whether a text has a word character beyond ASCII (where FTS5's own
 * folding would be needed). Only its few characters beyond ASCII (curly
 * quotes and dashes, mostly, which are not word characters) are tested
 * against the Unicode classes: one regular expression trying them at every
 * position cost ~4 µs per 1,000 characters, a third of a result page's
 * snippets.
 */
export function hasForeignLetters(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    // A character beyond the BMP comes as two halves: tested whole.
    const c = m.index;
    const ch = text.codePointAt(c)! > 0xffff ? text.slice(c, c + 2) : text[c]!;
    if (TOKEN_CHAR.test(ch)) return true;
  }
  return false;
}

/**
 * Every occurrence of the words in order (`tokens`, folded; the last one a
 * prefix when `prefix`) in lower-cased ASCII-word text: start and end offsets.
 */
export function forEachPhrase(low: string, tokens: readonly string[], prefix: boolean, hit: (start: number, end: number) => void): void {
  const first = tokens[0]!;
  const last = tokens.length - 1;
  if (!first) return;
  for (let at = low.indexOf(first); at !== -1; at = low.indexOf(first, at + 1)) {
    if (at > 0 && isWordChar(low.charCodeAt(at - 1))) continue;
    let end = at + first.length;
    let ok = (prefix && last === 0) || !isWordChar(low.charCodeAt(end));
    for (let j = 1; j <= last && ok; j++) {
      while (end < low.length && !isWordChar(low.charCodeAt(end))) end++;
      const t = tokens[j]!;
      ok = low.startsWith(t, end) && ((prefix && j === last) || !isWordChar(low.charCodeAt(end + t.length)));
      end += t.length;
    }
    if (!ok) continue;
    // A prefix's hit runs to the end of the word it starts.
    if (prefix) while (end < low.length && isWordChar(low.charCodeAt(end))) end++;
    hit(at, end);
  }
}

/**
 * How often a phrase occurs in a row, weighted by column as bm25() weighs
 * it. A phrase never spans two columns, but does span two answers (one
 * column, joined by newlines, as the FTS5 row is).
 */
export function weightedPhraseCount(columns: readonly (string | null | undefined)[], tokens: readonly string[], prefix: boolean): number {
  let total = 0;
  columns.forEach((text, col) => {
    if (!text) return;
    let n = 0;
    forEachPhrase(text.toLowerCase(), tokens, prefix, () => n++);
    total += n * (BM25_WEIGHTS[col] ?? 1.0);
  });
  return total;
}
