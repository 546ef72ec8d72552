import { contentWords, stripQuestionPreamble } from "@/lib/analysis/similarity";

/**
 * "More like this": which of a question's words to search the full-text index
 * with, and why an earlier question came back. Pure; document frequencies come
 * from the caller (lib/data/similar.ts).
 *
 * A bm25-ranked OR query costs about 2 µs per matching question (FTS5 scores
 * every match), so at a million questions the words must be chosen: the rarest
 * first, until their matches would exceed a budget. A question made only of
 * common words gets an AND of its two most telling ones instead, which matches
 * few questions however common each word is.
 */

/** One subject word of a question, in every form searched: as written ("absconders") and stemmed ("abscond"). */
export type Concept = {
  /** The folded stem, shared by the forms. */
  stem: string;
  /** Index tokens (lower case, no diacritics, as FTS5's unicode61 tokenizer makes them). */
  forms: string[];
  /** How the question spells it, for the reason shown. */
  label: string;
  inHeading: boolean;
};

const TOKEN = /[\p{L}\p{N}]+/gu;

/** The index's tokens of a text: lower case, diacritics removed. */
export function indexTokens(text: string): string[] {
  return [...text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").matchAll(TOKEN)].map((m) => m[0]);
}

/** The subject words of a question: heading and text without the "To ask …" preamble, stopwords left out. */
export function questionConcepts(q: { heading: string; text: string }): Concept[] {
  const byStem = new Map<string, Concept>();
  const add = (text: string, inHeading: boolean) => {
    for (const token of indexTokens(text)) {
      const [stem] = contentWords(token);
      if (!stem) continue;
      const c = byStem.get(stem) ?? { stem, forms: [], label: token, inHeading };
      if (!c.forms.includes(token)) c.forms.push(token);
      c.inHeading ||= inHeading;
      byStem.set(stem, c);
    }
  };
  add(q.heading, true);
  add(stripQuestionPreamble(q.text), false);
  // The stem is searched too when it is a word of its own ("migrants" → "migrant"); a stem that is not ("hous") matches nothing.
  for (const c of byStem.values()) if (!c.forms.includes(c.stem)) c.forms.push(c.stem);
  return [...byStem.values()];
}

export type TermChoice = {
  /** Concepts any of which may match (OR), rarest first. */
  any: Concept[];
  /** Common concepts that must all match (AND), when too few rare ones were found. */
  all: Concept[];
  /** The heading's concepts, all to be found in a heading (AND): the same subject line ranks first. */
  heading: Concept[];
  /** Weight of each chosen concept (idf, heading words counted more). */
  weights: Map<string, number>;
};

export const SIMILAR_LIMITS = {
  /** Concepts in more questions than this are too common to search alone… */
  rareMax: 3_000,
  /** …and in more than this, too common to AND (each AND reads both words' whole posting lists). */
  commonMax: 30_000,
  /** The OR query's matches (sum of document frequencies) stop growing past this. */
  matchBudget: 4_000,
  maxAny: 8,
  /** Below this many rare concepts, the two most telling common ones are ANDed in. */
  minAny: 3,
};

/**
 * Picks the concepts to search with. `df` gives, per index token, how many
 * questions contain it, counted up to a cap (rareMax + 1, or commonMax + 1 for
 * the tokens of commonConcepts); `total` is the number of questions. A concept no other question has is left
 * out: it can only find the question itself.
 */
export function chooseTerms(concepts: readonly Concept[], df: ReadonlyMap<string, number>, total: number, limits = SIMILAR_LIMITS): TermChoice {
  const stats = concepts.map((c) => {
    const count = c.forms.reduce((sum, f) => sum + (df.get(f) ?? 0), 0);
    const idf = Math.log((total + 1) / (count + 1)) + 1;
    return { c, count, weight: idf * (c.inHeading ? 1.5 : 1) };
  });
  const byWeight = stats.filter((s) => s.count > 1).sort((a, b) => b.weight - a.weight || a.c.stem.localeCompare(b.c.stem));
  const any: typeof byWeight = [];
  let matches = 0;
  for (const s of byWeight) {
    if (s.count > limits.rareMax || any.length >= limits.maxAny) continue;
    if (any.length >= limits.minAny && matches + s.count > limits.matchBudget) continue;
    any.push(s);
    matches += s.count;
  }
  const all = any.length < limits.minAny ? byWeight.filter((s) => s.count > limits.rareMax && s.count <= limits.commonMax).slice(0, 2) : [];
  // Headings name the subject ("Armed Forces: Housing"): one that shares all its words is the closest match,
  // however common each word is, and an AND of a few words matches few questions.
  const heading = stats.filter((s) => s.c.inHeading && s.count > 1 && s.count <= limits.commonMax);
  const useHeading = heading.length >= 2 && heading.length <= 5;
  const weights = new Map([...any, ...all, ...(useHeading ? heading : [])].map((s) => [s.c.stem, s.weight]));
  // A form no question has (a stem that is not a word, "trac") would only lengthen the query.
  const found = (c: Concept): Concept => ({ ...c, forms: c.forms.filter((f) => (df.get(f) ?? 0) > 0) });
  return {
    any: any.map((s) => found(s.c)),
    all: all.length === 2 ? all.map((s) => found(s.c)) : [],
    heading: useHeading ? heading.map((s) => found(s.c)) : [],
    weights,
  };
}

/**
 * Concepts whose count stopped at the rare cap and must be counted exactly
 * (up to commonMax): the heading's, and when too few rare concepts were found,
 * the first few common ones, to AND the two most telling.
 */
export function conceptsToRecount(concepts: readonly Concept[], df: ReadonlyMap<string, number>, limits = SIMILAR_LIMITS): Concept[] {
  const count = (c: Concept) => c.forms.reduce((sum, f) => sum + (df.get(f) ?? 0), 0);
  const common = concepts.filter((c) => count(c) > limits.rareMax);
  const rare = concepts.filter((c) => count(c) > 1 && count(c) <= limits.rareMax).length;
  return [...new Set([...common.filter((c) => c.inHeading), ...(rare < limits.minAny ? common.slice(0, 4) : [])])];
}

const group = (c: Concept) => (c.forms.length === 1 ? `"${c.forms[0]}"` : `(${c.forms.map((f) => `"${f}"`).join(" OR ")})`);

/** The FTS5 query over heading and question text, or null when there is nothing to search with. */
export function matchExpression(choice: TermChoice): string | null {
  const parts = choice.any.map(group);
  if (choice.all.length) parts.push(`(${choice.all.map(group).join(" AND ")})`);
  // Forms are runs of letters and digits (indexTokens), so quoting them is safe.
  const clauses = parts.length ? [`{heading question} : (${parts.join(" OR ")})`] : [];
  if (choice.heading.length) clauses.push(`{heading} : (${choice.heading.map(group).join(" AND ")})`);
  return clauses.length ? clauses.join(" OR ") : null;
}

/**
 * Why an earlier question came back: the chosen concepts it shares (as the
 * question spells them, the most telling first) and the share of the chosen
 * weight they carry, 0–1.
 */
export function sharedConcepts(choice: TermChoice, other: { heading: string; text: string }): { terms: string[]; score: number } {
  const tokens = new Set(indexTokens(`${other.heading} ${other.text}`));
  // A heading word can also be one of the rare ones: count each concept once.
  const chosen = [...new Map([...choice.any, ...choice.all, ...choice.heading].map((c) => [c.stem, c])).values()];
  const shared = chosen.filter((c) => c.forms.some((f) => tokens.has(f)));
  const weight = (c: Concept) => choice.weights.get(c.stem) ?? 0;
  const total = chosen.reduce((sum, c) => sum + weight(c), 0);
  const got = shared.reduce((sum, c) => sum + weight(c), 0);
  return { terms: shared.sort((a, b) => weight(b) - weight(a)).map((c) => c.label), score: total ? Math.round((got / total) * 100) / 100 : 0 };
}
