import { tokenize, type Token } from "@/lib/search/tokenize";
import { forEachPhrase, hasForeignLetters } from "@/lib/search/phrase-count";
import type { SearchTerm } from "@/lib/search/query";

/**
 * Highlighting for search results, done here because the FTS5 table is
 * contentless (snippet()/highlight() have no text to work on). The output is
 * plain segments; the UI renders hits as <mark>, so no HTML is ever built.
 */
export type Segment = { text: string; hit: boolean };
export type SnippetOptions = { maxLength?: number };

const ELLIPSIS = "…";
const DEFAULT_MAX_LENGTH = 260;

export type Match = { start: number; end: number; term: number };
type Pattern = { norms: string[]; prefix: boolean };

// A result page finds the same terms in some forty texts: tokenized once.
const patternCache = new WeakMap<readonly SearchTerm[], Pattern[]>();

function patternsOf(terms: readonly SearchTerm[]): Pattern[] {
  let patterns = patternCache.get(terms);
  if (!patterns) {
    patterns = terms.map((t) => ({ norms: tokenize(t.text).map((k) => k.norm), prefix: t.prefix })).filter((p) => p.norms.length > 0);
    patternCache.set(terms, patterns);
  }
  return patterns;
}

/** Where the terms occur, on token boundaries; overlapping hits are merged. */
export function findMatches(text: string, terms: readonly SearchTerm[]): Match[] {
  const patterns = patternsOf(terms);
  // Text with ASCII words only (nearly all) is searched in place: tokenizing a long answer cost most of a result page.
  const low = text.toLowerCase();
  if (low.length === text.length && !hasForeignLetters(text)) {
    const found: Match[] = [];
    patterns.forEach((p, term) => forEachPhrase(low, p.norms, p.prefix, (start, end) => found.push({ start, end, term })));
    return merged(found);
  }
  return matchTokens(tokenize(text), patterns);
}

function matchTokens(tokens: Token[], patterns: Pattern[]): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    patterns.forEach((p, term) => {
      const n = p.norms.length;
      if (i + n > tokens.length) return;
      for (let j = 0; j < n; j++) {
        const tok = tokens[i + j]!.norm;
        const want = p.norms[j]!;
        const last = j === n - 1;
        if (last && p.prefix ? !tok.startsWith(want) : tok !== want) return;
      }
      found.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, term });
    });
  }
  return merged(found);
}

/** The hits in order, overlapping ones merged (in place: `found` is the caller's own, built for this). */
function merged(found: Match[]): Match[] {
  // One pattern's hits come in order already; sorting copies the array.
  let ordered = true;
  for (let i = 1; i < found.length && ordered; i++) {
    const a = found[i - 1]!;
    const b = found[i]!;
    ordered = a.start < b.start || (a.start === b.start && a.end >= b.end);
  }
  if (!ordered) found.sort((a, b) => a.start - b.start || b.end - a.end);
  let n = 0;
  for (const m of found) {
    const prev = n ? found[n - 1]! : undefined;
    if (prev && m.start <= prev.end) prev.end = Math.max(prev.end, m.end);
    else found[n++] = m;
  }
  found.length = n;
  return found;
}

/** The whole of a short text (a heading) with every hit marked. */
export function highlightAll(text: string, terms: readonly SearchTerm[]): Segment[] {
  return segmentsOf(text, 0, text.length, findMatches(text, terms));
}

/**
 * The passage of about maxLength characters that contains the most distinct
 * terms (then the most hits), cut at word boundaries, with "…" where the text
 * was cut. Without any hit, the start of the text.
 */
export function buildSnippet(text: string, terms: readonly SearchTerm[], opts: SnippetOptions = {}): Segment[] {
  return snippetFrom(snippetText(text, terms), opts);
}

/**
 * A text made ready for a snippet: whitespace runs flattened and its hits
 * found, with how many distinct terms they are — so that a result can choose
 * among its answers and then cut the chosen one without finding its hits twice.
 */
export type SnippetText = { flat: string; matches: Match[]; distinct: number };

export function snippetText(text: string, terms: readonly SearchTerm[]): SnippetText {
  // Only runs and other whitespace: replacing every single space cost more than finding the hits.
  const flat = text.replace(/\s{2,}|[^\S ]/g, " ").trim();
  const matches = flat ? findMatches(flat, terms) : [];
  return { flat, matches, distinct: new Set(matches.map((m) => m.term)).size };
}

/** buildSnippet of a text already made ready. */
export function snippetFrom({ flat, matches }: SnippetText, opts: SnippetOptions = {}): Segment[] {
  const maxLength = Math.max(opts.maxLength ?? DEFAULT_MAX_LENGTH, 40);
  if (!flat) return [];
  if (flat.length <= maxLength) return segmentsOf(flat, 0, flat.length, matches);

  let start = 0;
  if (matches.length) {
    // Lead-in before the first hit so it reads as part of a sentence.
    const lead = Math.floor(maxLength / 4);
    start = alignStart(flat, bestWindow(matches, lead, maxLength, flat.length), matches);
  }
  let end = alignEnd(flat, Math.min(flat.length, start + maxLength));
  // Never cut a hit in two at the end.
  for (const m of matches) if (m.start < end && m.end > end) end = m.start > start ? alignEnd(flat, m.start) : m.end;

  const segments = segmentsOf(flat, start, end, matches);
  if (start > 0) segments.unshift({ text: ELLIPSIS + " ", hit: false });
  if (end < flat.length) segments.push({ text: " " + ELLIPSIS, hit: false });
  return mergeSegments(segments);
}

/**
 * Where the window of maxLength with the most distinct terms (then the most
 * hits) starts, trying one window per hit, `lead` characters before it. The
 * windows only move right and merged hits neither overlap nor nest, so the
 * hits inside form a range that slides with them: linear in the hits (a
 * common word in a long answer has hundreds).
 */
export function bestWindow(matches: readonly Match[], lead: number, maxLength: number, textLength: number): number {
  let best = { start: 0, distinct: -1, hits: -1 };
  const perTerm = new Map<number, number>();
  let lo = 0;
  let hi = 0;
  for (const anchor of matches) {
    const from = Math.max(0, Math.min(anchor.start - lead, textLength - maxLength));
    for (; hi < matches.length && matches[hi]!.end <= from + maxLength; hi++) perTerm.set(matches[hi]!.term, (perTerm.get(matches[hi]!.term) ?? 0) + 1);
    for (; lo < hi && matches[lo]!.start < from; lo++) {
      const left = perTerm.get(matches[lo]!.term)! - 1;
      if (left) perTerm.set(matches[lo]!.term, left);
      else perTerm.delete(matches[lo]!.term);
    }
    const hits = hi - lo;
    if (perTerm.size > best.distinct || (perTerm.size === best.distinct && hits > best.hits)) best = { start: from, distinct: perTerm.size, hits };
  }
  return best.start;
}

/** Move a cut to a word start; prefer a sentence start just before the hit. */
function alignStart(text: string, pos: number, matches: Match[]): number {
  if (pos <= 0) return 0;
  const firstHit = matches.find((m) => m.end > pos)?.start ?? pos;
  const sentence = text.slice(pos, firstHit).search(/[.!?] \S/);
  if (sentence >= 0) return pos + sentence + 2;
  if (/\s/.test(text[pos - 1]!)) return pos;
  const space = text.indexOf(" ", pos);
  return space === -1 || space >= firstHit ? pos : space + 1;
}

function alignEnd(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  if (text[pos] === " ") return pos;
  const space = text.lastIndexOf(" ", pos);
  return space > 0 ? space : pos;
}

function segmentsOf(text: string, from: number, to: number, matches: Match[]): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const m of matches) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), hit: false });
  return mergeSegments(out);
}

/** Empty segments dropped and neighbouring plain ones joined, in place (callers pass segments they have just made). */
function mergeSegments(segments: Segment[]): Segment[] {
  let n = 0;
  for (const s of segments) {
    if (!s.text) continue;
    const prev = n ? segments[n - 1]! : undefined;
    if (prev && !prev.hit && !s.hit) prev.text += s.text;
    else segments[n++] = s;
  }
  segments.length = n;
  return segments;
}
