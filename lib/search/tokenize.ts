/**
 * Words as SQLite's FTS5 "unicode61 remove_diacritics 2" tokenizer sees them, so
 * that the query we send and the passages we highlight agree with what the index
 * matched. Token characters are letters, digits, private-use characters and
 * combining marks (which the tokenizer folds away); everything else separates.
 */
const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
/** One character of a word (TOKEN's class). */
export const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}\p{M}]/u;
/** A word character of lower-cased ASCII text: a-z or 0-9. */
export const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

export type Token = { text: string; start: number; end: number; norm: string };

/** Case- and diacritic-insensitive form: "Café" and "cafe\u0301" both give "cafe". */
export function foldToken(text: string): string {
  // Plain ASCII (nearly every token) has nothing to decompose: skipping NFD
  // made highlighting the 20 results of a search ~4× faster.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const norm = foldToken(m[0]);
    // A run of combining marks alone folds to nothing: FTS5 emits no token for it.
    if (!norm) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}

export function tokenTexts(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}
