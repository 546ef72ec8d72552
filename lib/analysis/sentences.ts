import type { Span } from "./types";

export type Sentence = Span & { text: string; paragraph: number };

/**
 * Words that end in a full stop without ending the sentence. Compared
 * lower-case, without the dot. "No" only counts before a number ("No. 10").
 * "etc" is deliberately absent: it usually does end the sentence it is in.
 */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sir", "hon", "rt", "st", "cllr", "rev", "gen", "col", "lt", "capt", "maj", "sgt",
  "e.g", "i.e", "eg", "ie", "ca", "circa", "approx", "cf", "vs", "viz", "al", "fig", "figs", "vol", "para", "paras",
  "pp", "art", "arts", "sch", "reg", "regs", "ss", "sec", "ch", "cl", "govt", "dept", "inc", "ltd", "co", "corp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "op", "cit", "ibid", "esp",
]);
// Lower-case single letters that abbreviate: "c. 65", "s. 12", "p. 4".
const LOWER_SINGLE = new Set(["c", "s", "p", "n", "q", "v"]);
const BEFORE_NUMBER = new Set(["no", "nos", "n", "q", "para", "paras", "art", "s", "sec", "p", "pp", "vol"]);

// A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
const CANDIDATE = /[.!?…]+["'”’)\]]*(?=\s)/g;
const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)$/;
const LIST_MARKER_BEFORE = /(?:^|\s)\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$/;
const STARTS_SENTENCE = /^\s+["'“‘(\[]?[A-Z0-9£$€]/;

/**
 * Sentences of plain text (one block per line, as htmlToPlainText gives).
 * Line breaks always end a sentence; within a line a sentence ends at . ! ?
 * followed by a space and a capital/digit, unless the dot belongs to an
 * abbreviation ("hon.", "Mr.", "e.g.", "c."), a list marker ("1.", "(a)."),
 * or an initial ("J. Smith"). Decimal points and "c.65" never qualify since
 * no space follows them.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (splitLine(text, lineStart, lineEnd, paragraph, out)) paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): boolean {
  const line = text.slice(from, to);
  let start = 0;
  let pushed = false;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const end = m.index + m[0].length;
    if (!STARTS_SENTENCE.test(line.slice(end, end + 4))) continue;
    if (m[0][0] === "." && !endsSentence(line.slice(start, m.index), line.slice(end))) continue;
    pushed = push(text, from + start, from + end, paragraph, out) || pushed;
    start = end;
  }
  return push(text, from + start, to, paragraph, out) || pushed;
}

function endsSentence(before: string, after: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (word) {
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower) || LOWER_SINGLE.has(word)) return false;
    if (BEFORE_NUMBER.has(lower) && /^\s+\d/.test(after)) return false;
    // An initial, "J. Smith"; but not a sentence ending with a one-letter word like "Plan B."
    if (/^[A-Z]$/.test(word) && /^\s+[A-Z][a-z]/.test(after) && !/\s(?:Plan|Part|Annex|Schedule|Table)\s+[A-Z]$/.test(before)) {
      return false;
    }
  }
  // "1. The first item" at the start of a sentence is a list marker, not a sentence.
  if (LIST_MARKER_BEFORE.test(before) && before.trim().length <= 4) return false;
  return true;
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): boolean {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end <= start) return false;
  out.push({ start, end, text: text.slice(start, end), paragraph });
  return true;
}
