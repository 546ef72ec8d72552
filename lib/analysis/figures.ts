import { splitSentences, type Sentence } from "./sentences";
import { looksLikeNonFigure } from "./figure-context";
import type { FigureFinding, Span } from "./types";

// "c.65", "almost 50,000", "£1.2 million", "23%", "3.5 per cent", "up to 300".
const QUALIFIER =
  "c\\.\\s?|ca\\.\\s?|circa\\s+|approximately\\s+|approx\\.?\\s+|around\\s+|about\\s+|almost\\s+|nearly\\s+|roughly\\s+|" +
  "some\\s+|an?\\s+estimated\\s+|estimated\\s+|just\\s+(?:over|under)\\s+|over\\s+|more\\s+than\\s+|less\\s+than\\s+|" +
  "fewer\\s+than\\s+|under\\s+|up\\s+to\\s+|at\\s+least\\s+|in\\s+excess\\s+of\\s+|upwards\\s+of\\s+|in\\s+the\\s+region\\s+of\\s+|~\\s?";
const FIGURE_RE = new RegExp(
  `(?<![\\w.£$€/:-])(${QUALIFIER})?(?:([£$€])\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
    `(\\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\\b)?(\\s?(?:%|per\\s?cent\\b|percent\\b|percentage\\s+points?\\b))?`,
  "gi",
);
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

// Words that end a noun phrase: function words, auxiliaries, and prepositions.
const STOP = new Set(
  ("the a an of in on at to for from by with and or but as is are was were be been being has have had will would can could " +
    "should may might must which who whom whose that this these those it its their there than per between since during across " +
    "within into over under up down compared including while where when if not no so such each every all also only further " +
    "more less fewer most least same other than via through before after against among around about out off whether both " +
    "either neither our my his her your we they he she i you them us what how why because although though yet still now then " +
    "do does did done").split(" "),
);
const WORD_RE = /^\s*([A-Za-z][A-Za-z'’-]*)/;
const BACK_VERB = new RegExp(
  "\\b((?:[A-Za-z][\\w'’-]*\\s+){0,3}?[A-Za-z][\\w'’-]*)\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|will\\s+be|would\\s+be)" +
    "(?:\\s+(?:up|down|around|about|approximately))?|stood\\s+at|totall?ed|reached|amounted\\s+to|" +
    "(?:rose|fell|increased|decreased|grew|dropped)(?:\\s+(?:to|by))?|up|down|of|costing|cost|worth|valued\\s+at|spent|totalling)\\s*$",
  "i",
);
// What follows a figure when it names the counted thing: "23% of applications", "£1.2m on consultants".
const OF_RE = /^\s+of\s+(?:(?:the|all|those|these|its|their|our|total)\s+)?/i;
const OF_ON_IN_FOR_RE = /^\s+(?:of|on|in|for)\s+(?:(?:the|all|those|these|its|their|our|total)\s+)?/i;
const PHONE_RE = /(?:\+44\s?\(?0?\)?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;

/**
 * Figures an answer gives: each number with what it measures. Dates, years,
 * times, phone numbers, list markers, clause/section numbers, UINs (pass
 * `exclude` spans, e.g. references) and numbers glued to words ("COVID-19",
 * "A1", "10-year") are skipped; see figure-context.ts.
 */
export function detectFigures(answerText: string, options: { sentences?: Sentence[]; exclude?: Span[] } = {}): FigureFinding[] {
  const sentences = options.sentences ?? splitSentences(answerText);
  const exclude = options.exclude ?? [];
  const out: FigureFinding[] = [];
  for (const s of sentences) {
    if (!/\d/.test(s.text)) continue;
    const phones = [...s.text.matchAll(PHONE_RE)].map((p) => ({ start: p.index, end: p.index + p[0].length }));
    FIGURE_RE.lastIndex = 0;
    for (let m = FIGURE_RE.exec(s.text); m; m = FIGURE_RE.exec(s.text)) {
      const [whole, qualifier, currency, digitsRaw, multiplierRaw, percentRaw] = m;
      const digits = digitsRaw ?? "";
      const numStart = m.index + whole.indexOf(digits, (qualifier?.length ?? 0) + (currency?.length ?? 0));
      const start = s.start + m.index;
      if (exclude.some((x) => start < x.end && start + whole.length > x.start)) continue;
      if (phones.some((p) => numStart >= p.start && numStart < p.end)) continue;
      const multiplier = multiplierRaw?.trim().toLowerCase();
      // "100 m" is metres and "5k" a race unless money is meant.
      const usedMultiplier = multiplier && (currency || !["m", "k", "mn"].includes(multiplier)) ? multiplier : undefined;
      const plain = !currency && !percentRaw && !usedMultiplier;
      if (looksLikeNonFigure(s.text, numStart, numStart + digits.length, { plain, hasQualifier: Boolean(qualifier) })) continue;
      const valueText = (multiplierRaw && !usedMultiplier ? whole.slice(0, numStart - m.index + digits.length) : whole).trimEnd();
      const value = Number((parseFloat(digits.replace(/,/g, "")) * (usedMultiplier ? (MULTIPLIERS[usedMultiplier] ?? 1) : 1)).toPrecision(12));
      const after = s.text.slice(m.index + valueText.length);
      const before = s.text.slice(0, m.index);
      const { unit, subject } = describe(currency, percentRaw, after, before);
      out.push({
        start,
        end: start + valueText.length,
        value,
        valueText,
        unit,
        subject,
        approximate: Boolean(qualifier),
        quote: s.text,
      });
    }
  }
  return out;
}

function describe(currency: string | undefined, percent: string | undefined, after: string, before: string) {
  const pct = percent ? (/point/i.test(percent) ? "percentage points" : "%") : null;
  const fixedUnit = currency ?? pct;
  const ofPhrase = (pct ? OF_RE : OF_ON_IN_FOR_RE).exec(after);
  if (ofPhrase) {
    const np = nounPhrase(after.slice(ofPhrase[0].length));
    if (np) return { unit: fixedUnit ?? headOf(np), subject: np };
  }
  const np = fixedUnit ? null : nounPhrase(after);
  if (np) return { unit: headOf(np), subject: np };
  const back = BACK_VERB.exec(before);
  if (!back) return { unit: fixedUnit, subject: null };
  // "The 2013 cost estimate for … was £1.7 billion": the sentence's opening noun phrase is what was measured.
  const opening = /^(?:the|a|an|its|our|this|total)\s+/i.test(before) && !/[,;:]/.test(before) ? nounPhrase(before.replace(/^\S+\s+(?:\d[\d/-]*\s+)?/, " ")) : null;
  return { unit: fixedUnit, subject: opening ?? trailingNounPhrase(back[1] ?? "") };
}

/** Up to four words before a function word, adverb, participle or punctuation. */
function nounPhrase(text: string): string | null {
  const words: string[] = [];
  let rest = text;
  while (words.length < 4) {
    const m = WORD_RE.exec(rest);
    if (!m || m[0].length === 0) break;
    const word = m[1] ?? "";
    const lower = word.toLowerCase();
    if (STOP.has(lower) || (/ly$/.test(lower) && lower.length > 4) || (words.length > 0 && /ed$/.test(lower))) break;
    words.push(word);
    rest = rest.slice(m[0].length);
    if (/^[^\sA-Za-z]/.test(rest)) break;
  }
  return words.length ? words.join(" ") : null;
}

function trailingNounPhrase(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words.reverse()) {
    if (kept.length >= 4 || STOP.has(word.toLowerCase()) || /[,;:()]/.test(word)) break;
    kept.unshift(word);
  }
  return kept.length ? kept.join(" ") : null;
}

function headOf(np: string): string {
  return np.split(" ").at(-1)!.toLowerCase();
}
